package org.dateline.web.admin;

import java.util.List;
import org.dateline.security.AuditEvent;

/** The audit log as filtered by account, action and subject (each empty for any). */
public record AuditPage(AdminFrame frame, String username, String action, String subject, List<AuditEvent> events) {}
