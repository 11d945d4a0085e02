/** Images and documents attached to items: typed by their content, size-limited, stored by their SHA-256. */
package org.dateline.media;
