package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.dateline.content.ContentCatalog;
import org.dateline.content.ContentItem;
import org.dateline.media.Media;
import org.dateline.media.MediaLibrary;
import org.dateline.media.MediaRefused;
import org.dateline.security.Account;
import org.dateline.security.AuditLog;
import org.dateline.security.Permissions;
import org.dateline.web.MediaResponses;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * An item's images and documents in the back office: upload (typed by content, size-limited, alt text required
 * for images), reorder and remove. Whoever may edit the item may change its media; whoever may see it may see them,
 * also before publication. Uploads and removals are audited.
 */
@Controller
class ItemMediaController {

    private final ContentCatalog catalog;
    private final MediaLibrary library;
    private final Permissions permissions;
    private final AdminFrames frames;
    private final AuditLog audit;

    ItemMediaController(
            ContentCatalog catalog, MediaLibrary library, Permissions permissions, AdminFrames frames, AuditLog audit) {
        this.catalog = catalog;
        this.library = library;
        this.permissions = permissions;
        this.frames = frames;
        this.audit = audit;
    }

    @GetMapping("/admin/items/{id}/media")
    String media(@PathVariable UUID id, HttpServletRequest request, Model model) {
        Account me = frames.current();
        ContentItem item = find(id);
        if (!permissions.canView(me, item)) {
            throw new NotPermitted();
        }
        var t = frames.messages(request);
        String notice = null;
        for (String done : new String[] {"uploaded", "removed", "moved"}) {
            if (request.getParameter(done) != null) {
                notice = t.get("admin.media.notice." + done);
            }
        }
        return page(request, model, me, item, notice, null, null, null);
    }

    @PostMapping("/admin/items/{id}/media")
    String upload(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String altText,
            @RequestParam(required = false) String caption,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        Account me = frames.current();
        ContentItem item = editable(me, id);
        if (file == null
                || file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String error = frames.messages(request).get("admin.media.error.no-file");
            return page(request, model, me, item, null, error, altText, caption);
        }
        try (InputStream content = file.getInputStream()) {
            Media added = library.add(
                    id, new MediaLibrary.Upload(file.getOriginalFilename(), content, altText, caption), me.username());
            audit.record(
                    me.username(),
                    "media.uploaded",
                    id.toString(),
                    added.fileName() + " (" + added.contentType() + ", " + added.byteSize() + " bytes)",
                    request.getRemoteAddr());
            return "redirect:/admin/items/" + id + "/media?uploaded";
        } catch (MediaRefused refused) {
            response.setStatus(
                    refused.reason() == MediaRefused.Reason.TOO_LARGE
                            ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                            : HttpServletResponse.SC_BAD_REQUEST);
            return page(request, model, me, item, null, refused.getMessage(), altText, caption);
        }
    }

    @PostMapping("/admin/items/{id}/media/{mediaId}/remove")
    String remove(@PathVariable UUID id, @PathVariable long mediaId, HttpServletRequest request) {
        Account me = frames.current();
        editable(me, id);
        Media media = ofItem(id, mediaId);
        library.remove(media.id());
        audit.record(me.username(), "media.removed", id.toString(), media.fileName(), request.getRemoteAddr());
        return "redirect:/admin/items/" + id + "/media?removed";
    }

    @PostMapping("/admin/items/{id}/media/{mediaId}/move")
    String move(@PathVariable UUID id, @PathVariable long mediaId, @RequestParam int by) {
        Account me = frames.current();
        editable(me, id);
        library.move(ofItem(id, mediaId).id(), by);
        return "redirect:/admin/items/" + id + "/media?moved";
    }

    /** The file itself, for the back office's thumbnails and links, whatever the item's status. */
    @GetMapping("/admin/items/{id}/media/{mediaId}/file")
    ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable long mediaId) {
        Account me = frames.current();
        if (!permissions.canView(me, find(id))) {
            throw new NotPermitted();
        }
        Media media = ofItem(id, mediaId);
        return MediaResponses.of(media, library.file(media), "private, no-cache");
    }

    private String page(
            HttpServletRequest request,
            Model model,
            Account me,
            ContentItem item,
            String notice,
            String error,
            String altText,
            String caption) {
        model.addAttribute(
                "page",
                new MediaPage(
                        frames.forRequest(request, me),
                        item,
                        library.forItem(item.id()),
                        permissions.canEdit(me, item),
                        notice,
                        error,
                        altText,
                        caption,
                        library.largestUpload().toBytes(),
                        library.tooLargeForAnyKind().getMessage()));
        return "admin/media";
    }

    private Media ofItem(UUID itemId, long mediaId) {
        return library.find(mediaId)
                .filter(media -> media.itemId().equals(itemId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ContentItem find(UUID id) {
        return catalog.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ContentItem editable(Account me, UUID id) {
        ContentItem item = find(id);
        if (!permissions.canEdit(me, item)) {
            throw new NotPermitted();
        }
        return item;
    }
}
