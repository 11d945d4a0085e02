/** The back office: sign-in, the dashboard, the item form and its workflow actions, previews and accounts. */
package org.dateline.web.admin;
