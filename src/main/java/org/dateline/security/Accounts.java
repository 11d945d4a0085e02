package org.dateline.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages back-office accounts: adds them, changes passwords, disables and enables them, grants and revokes
 * roles for structures, and lists them. The web's account pages and the {@code ./dateline user} command call
 * this; passwords are hashed by the delegating password encoder and never stored or returned in clear.
 */
@Service
@Transactional
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRecords records;
    private final PasswordEncoder encoder;
    private final Taxonomy taxonomy;
    private final SecurityProperties properties;
    private final Clock clock;

    Accounts(
            AccountRecords records,
            PasswordEncoder encoder,
            Taxonomy taxonomy,
            SecurityProperties properties,
            Clock clock) {
        this.records = records;
        this.encoder = encoder;
        this.taxonomy = taxonomy;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Adds an enabled account with the grants; usernames are lower-cased.
     *
     * @throws InvalidAccount when the username is malformed or taken, the password too short, or a grant names
     *     no structure
     */
    public Account add(String username, String password, boolean admin, List<Grant> grants) {
        String name = username(username);
        checkPassword(password);
        grants.forEach(this::checkGrant);
        if (records.findByUsername(name).isPresent()) {
            throw new InvalidAccount("username", "The username " + name + " is taken");
        }
        try {
            records.insert(name, encoder.encode(password), admin, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new InvalidAccount("username", "The username " + name + " is taken");
        }
        Account account = records.findByUsername(name).orElseThrow();
        grants.forEach(grant -> records.addGrant(account.id(), grant));
        return records.findByUsername(name).orElseThrow();
    }

    /**
     * Adds an account with a random password, which is returned once and stored only as a hash.
     *
     * @throws InvalidAccount as {@link #add} does
     */
    public String addWithRandomPassword(String username, boolean admin, List<Grant> grants) {
        String password = randomPassword();
        add(username, password, admin, grants);
        return password;
    }

    /**
     * @throws AccountNotFound when there is no such account
     * @throws InvalidAccount when the password is too short
     */
    public void changePassword(String username, String newPassword) {
        checkPassword(newPassword);
        if (records.setPasswordHash(username(username), encoder.encode(newPassword)) == 0) {
            throw new AccountNotFound(username);
        }
    }

    /** A disabled account cannot sign in, and its open sessions can do nothing more. */
    public void disable(String username) {
        if (records.setEnabled(username(username), false) == 0) {
            throw new AccountNotFound(username);
        }
    }

    public void enable(String username) {
        if (records.setEnabled(username(username), true) == 0) {
            throw new AccountNotFound(username);
        }
    }

    public Account grant(String username, Grant grant) {
        checkGrant(grant);
        Account account = find(username).orElseThrow(() -> new AccountNotFound(username));
        records.addGrant(account.id(), grant);
        return find(username).orElseThrow();
    }

    public Account revoke(String username, Grant grant) {
        Account account = find(username).orElseThrow(() -> new AccountNotFound(username));
        records.removeGrant(account.id(), grant);
        return find(username).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Account> list() {
        return records.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return username == null
                ? Optional.empty()
                : records.findByUsername(username.strip().toLowerCase(Locale.ROOT));
    }

    @Transactional(readOnly = true)
    public Optional<Account> findById(long id) {
        return records.findById(id);
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return records.anyAdmin();
    }

    Optional<String> passwordHash(String username) {
        return records.passwordHash(username.strip().toLowerCase(Locale.ROOT));
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String username(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidAccount(
                    "username",
                    "A username has 2 to 100 letters a-z, digits or . _ @ - and starts with a letter or digit");
        }
        return name;
    }

    private void checkPassword(String password) {
        if (password == null || password.length() < properties.minimumPasswordLength()) {
            throw new InvalidAccount(
                    "password", "A password has at least " + properties.minimumPasswordLength() + " characters");
        }
        if (password.length() > 200) {
            throw new InvalidAccount("password", "A password has at most 200 characters");
        }
    }

    private void checkGrant(Grant grant) {
        if (grant.role() == null) {
            throw new InvalidAccount("role", "A grant needs a role");
        }
        boolean structure = taxonomy.byId(grant.structureId())
                .filter(term -> term.vocabulary() == Vocabulary.STRUCTURE)
                .isPresent();
        if (!structure) {
            throw new InvalidAccount("structureId", "There is no structure with the id " + grant.structureId());
        }
    }
}
