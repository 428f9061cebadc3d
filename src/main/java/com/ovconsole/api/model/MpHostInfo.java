package com.ovconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A server's management processor (iLO) as the appliance knows it: host name and addresses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MpHostInfo(String mpHostName, List<MpIpAddress> mpIpAddresses) {

    public MpHostInfo {
        mpIpAddresses = mpIpAddresses == null ? List.of()
                : mpIpAddresses.stream().filter(a -> a != null && a.address() != null && !a.address().isBlank()).toList();
    }

    /** One address of the iLO; {@code type} is Static, DHCP, SLAAC, LinkLocal… as sent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MpIpAddress(String address, String type) {
    }

    /**
     * The address a user would open: the first that is not link-local (those only work on the
     * iLO's own segment), else the host name, else a link-local one; null when there is none.
     */
    public String preferredAddress() {
        for (MpIpAddress address : mpIpAddresses) {
            if (!"LinkLocal".equalsIgnoreCase(address.type()) && !address.address().startsWith("fe80")) {
                return address.address();
            }
        }
        if (mpHostName != null && !mpHostName.isBlank()) {
            return mpHostName;
        }
        return mpIpAddresses.isEmpty() ? null : mpIpAddresses.get(0).address();
    }
}
