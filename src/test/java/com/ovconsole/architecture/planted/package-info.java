/**
 * Planted violations of the house rules, one or two per rule: ArchitectureTest shows each rule
 * fails on them. Test classes only, so the real scan (target/classes) never sees them.
 */
package com.ovconsole.architecture.planted;
