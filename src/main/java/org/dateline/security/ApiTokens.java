package org.dateline.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks the API tokens machines write with. A secret is {@code dl_} and 256 random bits
 * (base64url); only its SHA-256 hash is stored (a fast hash suffices for a secret this long, unlike a password) and a
 * presented secret is compared with it in constant time. A token acts for its account as the account is now (a
 * disabled account's tokens stop working, a revoked grant stops counting), narrowed to the token's structures.
 */
@Service
@Transactional
public class ApiTokens {

    public static final String SECRET_START = "dl_";
    static final int PREFIX_LENGTH = SECRET_START.length() + 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRecords records;
    private final Accounts accounts;
    private final Permissions permissions;
    private final Taxonomy taxonomy;
    private final Clock clock;

    ApiTokens(ApiTokenRecords records, Accounts accounts, Permissions permissions, Taxonomy taxonomy, Clock clock) {
        this.records = records;
        this.accounts = accounts;
        this.permissions = permissions;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /**
     * Creates a token for the owner's structures given (none: every structure, for administrators only).
     *
     * @throws InvalidApiToken when the name is blank or too long, the expiry has passed, or a structure is none of
     *     the owner's
     */
    public IssuedApiToken issue(Account owner, String name, List<Long> structureIds, Instant expiresAt) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new InvalidApiToken("name", "A token needs a name of 1 to 100 characters");
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidApiToken("expiresAt", "The expiry must lie in the future");
        }
        Set<Long> structures = new LinkedHashSet<>(structureIds);
        if (structures.isEmpty() && !owner.admin()) {
            throw new InvalidApiToken("structureIds", "Choose at least one structure the token may write for");
        }
        Set<Long> writable = permissions.writableStructures(owner);
        for (long id : structures) {
            boolean structure = taxonomy.byId(id)
                    .filter(term -> term.vocabulary() == Vocabulary.STRUCTURE)
                    .isPresent();
            if (!structure || !writable.contains(id)) {
                throw new InvalidApiToken("structureIds", "The structure " + id + " is not one of yours");
            }
        }
        String secret = SECRET_START + random();
        long id = records.insert(owner.id(), label, secret.substring(0, PREFIX_LENGTH), hash(secret), now, expiresAt);
        structures.forEach(structureId -> records.addStructure(id, structureId));
        return new IssuedApiToken(records.findById(id).orElseThrow(), secret);
    }

    /** The viewer's own tokens, or every token for an administrator; newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> visibleTo(Account viewer) {
        return records.findAll(viewer.admin() ? null : viewer.id());
    }

    /** The token, if the viewer may see (and revoke) it: their own, or any for an administrator. */
    @Transactional(readOnly = true)
    public Optional<ApiToken> find(Account viewer, long id) {
        return records.findById(id).filter(token -> viewer.admin() || token.accountId() == viewer.id());
    }

    /** Revokes the token at once; revoking a revoked token changes nothing. */
    public void revoke(ApiToken token) {
        records.revoke(token.id(), clock.instant());
    }

    /**
     * What a presented secret may do, and notes the token's use.
     *
     * @throws ApiTokenRejected when the secret belongs to no token, or to a revoked or expired one, or to a disabled
     *     account
     */
    public ApiAccess authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_START) || secret.length() < PREFIX_LENGTH) {
            throw new ApiTokenRejected("The bearer token is no Dateline API token");
        }
        byte[] presented = hash(secret).getBytes(StandardCharsets.US_ASCII);
        ApiToken token = records.findByPrefix(secret.substring(0, PREFIX_LENGTH)).stream()
                .filter(stored ->
                        MessageDigest.isEqual(stored.secretHash().getBytes(StandardCharsets.US_ASCII), presented))
                .map(ApiTokenRecords.Hashed::token)
                .findFirst()
                .orElseThrow(() -> new ApiTokenRejected("The bearer token is unknown"));
        Instant now = clock.instant();
        if (token.revoked()) {
            throw new ApiTokenRejected("The bearer token has been revoked");
        }
        if (token.expired(now)) {
            throw new ApiTokenRejected("The bearer token expired at " + token.expiresAt());
        }
        Account owner = accounts.findById(token.accountId())
                .filter(Account::enabled)
                .orElseThrow(() -> new ApiTokenRejected("The bearer token's account is disabled"));
        records.used(token.id(), now);
        return new ApiAccess(token, narrowed(owner, token));
    }

    /**
     * The owner with grants only for the token's structures: a grant for a structure above a token structure counts
     * for that structure (and below it), a grant below a token structure counts as it is.
     */
    private Account narrowed(Account owner, ApiToken token) {
        if (token.structureIds().isEmpty()) {
            return owner;
        }
        Set<Grant> grants = new LinkedHashSet<>();
        for (long structure : token.structureIds()) {
            if (owner.admin()) {
                grants.add(new Grant(Role.PUBLISHER, structure));
            }
            for (Grant grant : owner.grants()) {
                if (taxonomy.selfAndDescendantIds(grant.structureId()).contains(structure)) {
                    grants.add(new Grant(grant.role(), structure));
                } else if (taxonomy.selfAndDescendantIds(structure).contains(grant.structureId())) {
                    grants.add(grant);
                }
            }
        }
        return new Account(
                owner.id(), owner.username(), false, owner.enabled(), new ArrayList<>(grants), owner.createdAt());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM lacks SHA-256", e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
