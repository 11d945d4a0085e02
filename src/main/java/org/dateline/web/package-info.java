/** Everything served over HTTP: shared web plumbing here, public pages in {@code site}, JSON in {@code api}, back office in {@code admin}. */
package org.dateline.web;
