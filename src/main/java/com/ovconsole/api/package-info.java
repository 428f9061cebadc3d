/** The OneView REST client: versions, TLS pinning, sessions, requests, tasks, downloads. JDK and Jackson only. */
package com.ovconsole.api;
