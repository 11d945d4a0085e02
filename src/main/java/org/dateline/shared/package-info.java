/** Small value types every module speaks in; no services. */
package org.dateline.shared;
