package com.ovconsole.ui.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.api.ApiException;
import com.ovconsole.api.ApplianceErrorException;
import com.ovconsole.api.model.ErrorMessage;
import com.ovconsole.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** No toolkit: the ViewModel is plain Java plus javafx.beans. */
class ErrorViewModelTest {

    private final List<String> clipboard = new ArrayList<>();
    private final ErrorViewModel viewModel = new ErrorViewModel(Messages.load(Locale.ROOT), clipboard::add);

    @Test
    void applianceErrorShowsMessageDetailsActionsNestedErrorsCodeAndStatus() {
        viewModel.show(new ApplianceErrorException(400, ErrorSamples.withNestedErrors()));

        assertThat(viewModel.getMessage()).isEqualTo("The server profile \"esx-prod-07\" could not be created.");
        assertThat(viewModel.getDetails()).isEqualTo("Two of its connections failed validation on the appliance.");
        assertThat(viewModel.hasDetailsProperty().get()).isTrue();
        assertThat(viewModel.getRecommendedActions()).containsExactly(
                "Correct the connection settings and save the profile again.",
                "Check that the network \"Prod-VLAN-120\" exists and is assigned to the enclosure group.");
        assertThat(viewModel.getNestedErrors()).extracting(NestedError::errorCode)
                .containsExactly("ConnectionNetworkNotFound", "MacTypeDiffGlobalMacType");
        assertThat(viewModel.getNestedErrors().get(0).children()).extracting(NestedError::errorCode)
                .containsExactly("ResourceNotFound");
        assertThat(viewModel.errorCodeTextProperty().get()).isEqualTo("Error code ProfileConnectionsInvalid");
        assertThat(viewModel.httpStatusTextProperty().get()).isEqualTo("HTTP 400");
    }

    @Test
    void errorWithoutDetailsOrNestedErrorsHidesThoseSections() {
        viewModel.show(ErrorSamples.simple(), 409);

        assertThat(viewModel.hasDetailsProperty().get()).isFalse();
        assertThat(viewModel.hasNestedErrorsProperty().get()).isFalse();
        assertThat(viewModel.hasRecommendedActionsProperty().get()).isTrue();
        assertThat(viewModel.getRecommendedActions()).containsExactly("Verify parameters and try again.");
    }

    @Test
    void errorBodyWithoutMessageStillSaysWhatHappened() {
        viewModel.show(new ErrorMessage(null, null, null, null, null, null, null), 503);

        assertThat(viewModel.getMessage()).isEqualTo("The appliance answered HTTP 503 without an explanation.");
        assertThat(viewModel.errorCodeTextProperty().get()).isEmpty();
    }

    @Test
    void apiExceptionShowsItsUserMessageAndNoStatus() {
        viewModel.show(new ApiException("The appliance did not answer within 30 seconds.",
                new java.net.http.HttpTimeoutException("request timed out")));

        assertThat(viewModel.getMessage()).isEqualTo("The appliance did not answer within 30 seconds.");
        assertThat(viewModel.getDetails()).isEmpty();
        assertThat(viewModel.httpStatusTextProperty().get()).isEmpty();
    }

    @Test
    void unexpectedExceptionSaysUnexpectedErrorWithoutClassNameOrTrace() {
        viewModel.show(new IllegalStateException("Draft folder is not writable"));

        assertThat(viewModel.getMessage()).isEqualTo("Unexpected error");
        assertThat(viewModel.getDetails()).isEqualTo("Draft folder is not writable");
        viewModel.copyDetails();
        assertThat(clipboard.get(0)).doesNotContain("IllegalStateException").doesNotContain("\tat ");
    }

    @Test
    void failureWrappedByAsyncCodeIsUnwrapped() {
        viewModel.show(new CompletionException(new ApplianceErrorException(412, ErrorSamples.simple())));

        assertThat(viewModel.getMessage()).startsWith("When macType is not user defined");
        assertThat(viewModel.httpStatusTextProperty().get()).isEqualTo("HTTP 412");
    }

    @Test
    void copyDetailsPutsTheWholeErrorOnTheClipboard() {
        viewModel.show(new ApplianceErrorException(400, ErrorSamples.withNestedErrors()));

        viewModel.copyDetails();

        assertThat(clipboard).hasSize(1);
        assertThat(clipboard.get(0))
                .contains("The server profile \"esx-prod-07\" could not be created.")
                .contains("Two of its connections failed validation on the appliance.")
                .contains("- Correct the connection settings and save the profile again.")
                .contains("- Connection 1: the network was not found. — Network Prod-VLAN-120 does not exist.")
                .contains("  - The resource /rest/ethernet-networks/5f3a1c9e was not found.  (ResourceNotFound)")
                .contains("Error code ProfileConnectionsInvalid")
                .contains("HTTP 400");
        assertThat(viewModel.copyButtonTextProperty().get()).isEqualTo("Copied");
    }

    @Test
    void showingAnotherErrorReplacesTheFirstWhole() {
        viewModel.show(new ApplianceErrorException(400, ErrorSamples.withNestedErrors()));
        viewModel.copyDetails();

        viewModel.show(new ApiException("Connection refused by 10.0.0.5."));

        assertThat(viewModel.getMessage()).isEqualTo("Connection refused by 10.0.0.5.");
        assertThat(viewModel.getRecommendedActions()).isEmpty();
        assertThat(viewModel.getNestedErrors()).isEmpty();
        assertThat(viewModel.errorCodeTextProperty().get()).isEmpty();
        assertThat(viewModel.copyButtonTextProperty().get()).isEqualTo("Copy details");
    }
}
