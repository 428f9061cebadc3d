/**
 * The OneView REST client: versions, TLS pinning, sessions, requests, tasks, downloads. JDK and
 * Jackson only; every call blocks, so run it off the UI thread.
 *
 * <pre>{@code
 * ApplianceClient client = ApplianceClient.builder("ov.example.com")   // host[:port] or https URL
 *         .pinnedSha256(storedPin)            // null on first contact -> UntrustedCertificateException
 *         .locale(Locale.getDefault()).reloginHook(prompt).build();
 * client.negotiate();                          // GET /rest/version, picks the API version
 * client.login(new Credentials("CORP\\alice", password, null, acknowledgedBanner));
 * Resource<ServerProfileSummary> p = client.get(uri, ServerProfileSummary.class);
 * WriteResult saved = client.put(uri, editedTree, p.eTag());  // 412 -> PreconditionFailedException
 * if (saved instanceof WriteResult.Accepted accepted) {        // else WriteResult.Done
 *     poller.watch(client, accepted.task(), listener);        // TaskPoller.create(PollPolicy.DEFAULT)
 * }
 * client.close();                              // logout, never throws
 * }</pre>
 *
 * <p>Failures are {@link com.ovconsole.api.ApiException}s with user-facing messages:
 * {@link com.ovconsole.api.ApplianceErrorException} (4xx/5xx with the ErrorMessage) and its
 * subclasses, {@link com.ovconsole.api.TransportException} (no answer), certificate and version
 * refusals, {@link com.ovconsole.api.CancelledException}.
 */
package com.ovconsole.api;
