/** The {@code ./dateline} command line: parses arguments and hands imports to the importer or to the running server. */
package org.dateline.cli;
