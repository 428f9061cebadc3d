/** The built-in appliance simulator: a real HTTPS server speaking a OneView REST subset. JDK and Jackson only. */
package com.ovconsole.sim;
