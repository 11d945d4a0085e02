package org.dateline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.content.ContentFixtures;
import org.dateline.content.ContentItem;
import org.dateline.content.ItemStatus;
import org.dateline.shared.Slug;
import org.dateline.taxonomy.Taxonomy;
import org.dateline.taxonomy.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts: hashing, changes, grants and what they permit, and the first administrator of a fresh database. */
@SpringBootTest(properties = {"dateline.ingest.sample-content=false", "dateline.security.minimum-password-length=14"})
@ExtendWith(OutputCaptureExtension.class)
class AccountsIntegrationTests {

    static final String PASSWORD = "fourteen chars!";

    @Autowired
    Accounts accounts;

    @Autowired
    AccountSignIn signIn;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Permissions permissions;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void createsTheFirstAdministratorWithARandomPasswordPrintedOnce(CapturedOutput output) {
        Account admin = accounts.find("admin").orElseThrow();
        assertThat(admin.admin()).isTrue();

        Matcher printed = Pattern.compile("with the password\\s+(\\S+)").matcher(output.getAll());
        assertThat(printed.find()).as(output.getAll()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(encoder.matches(password, signIn.loadUserByUsername("admin").getPassword()))
                .isTrue();
        assertThat(printed.find()).isFalse();
    }

    @Test
    void storesOnlyASaltedHashOfThePassword() {
        accounts.add("Hashed.User", PASSWORD, false, List.of());

        String hash = signIn.loadUserByUsername("hashed.user").getPassword();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, hash)).isTrue();
    }

    @Test
    void changesAPasswordAndDisablesAndEnablesAnAccount() {
        accounts.add("changing", PASSWORD, false, List.of());

        accounts.changePassword("changing", "another long secret");
        accounts.disable("changing");

        assertThat(encoder.matches(
                        "another long secret",
                        signIn.loadUserByUsername("changing").getPassword()))
                .isTrue();
        assertThat(accounts.find("changing").orElseThrow().enabled()).isFalse();
        assertThat(signIn.loadUserByUsername("changing").isEnabled()).isFalse();
        accounts.enable("changing");
        assertThat(accounts.find("changing").orElseThrow().enabled()).isTrue();
        assertThat(accounts.list()).extracting(Account::username).contains("admin", "changing");
    }

    @Test
    void refusesShortPasswordsBadUsernamesTakenNamesAndGrantsOfOtherVocabularies() {
        assertThatThrownBy(() -> accounts.add("shorty", "thirteen char", false, List.of()))
                .isInstanceOf(InvalidAccount.class)
                .hasMessage("A password has at least 14 characters");
        assertThatThrownBy(() -> accounts.add("no spaces", PASSWORD, false, List.of()))
                .isInstanceOf(InvalidAccount.class)
                .extracting(e -> ((InvalidAccount) e).field())
                .isEqualTo("username");
        assertThatThrownBy(() -> accounts.add("ADMIN", PASSWORD, false, List.of()))
                .isInstanceOf(InvalidAccount.class)
                .hasMessage("The username admin is taken");
        long serbia = taxonomy.find(Vocabulary.COUNTRY, new Slug("serbia"))
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> accounts.add("granted", PASSWORD, false, List.of(new Grant(Role.EDITOR, serbia))))
                .isInstanceOf(InvalidAccount.class)
                .extracting(e -> ((InvalidAccount) e).field())
                .isEqualTo("structureId");
        assertThatThrownBy(() -> accounts.changePassword("nobody-here", PASSWORD))
                .isInstanceOf(AccountNotFound.class);
    }

    @Test
    void grantsCoverTheStructureAndEverythingBelowIt() {
        long fieldOperations = structure("field-operations");
        long serbia = structure("mission-to-serbia");
        long secretariat = structure("secretariat");
        Account publisher =
                accounts.add("field-publisher", PASSWORD, false, List.of(new Grant(Role.PUBLISHER, fieldOperations)));
        Account editor = accounts.add("serbia-editor", PASSWORD, false, List.of(new Grant(Role.EDITOR, serbia)));
        ContentItem serbiaDraft = ContentFixtures.item().source(serbia).build();
        ContentItem serbiaPublished = ContentFixtures.item()
                .source(serbia)
                .status(ItemStatus.PUBLISHED)
                .build();
        ContentItem secretariatDraft =
                ContentFixtures.item().source(secretariat).build();

        assertThat(permissions.canPublish(publisher, serbiaDraft)).isTrue();
        assertThat(permissions.canEdit(publisher, serbiaPublished)).isTrue();
        assertThat(permissions.canEdit(publisher, secretariatDraft)).isFalse();
        assertThat(permissions.canEdit(editor, serbiaDraft)).isTrue();
        assertThat(permissions.canEdit(editor, serbiaPublished)).isFalse();
        assertThat(permissions.canView(editor, serbiaPublished)).isTrue();
        assertThat(permissions.canPublish(editor, serbiaDraft)).isFalse();
        assertThat(permissions.canView(editor, secretariatDraft)).isFalse();
        assertThat(permissions.writableStructures(editor)).containsExactly(serbia);
        assertThat(permissions.writableStructures(publisher))
                .contains(fieldOperations, serbia)
                .doesNotContain(secretariat);

        accounts.disable("field-publisher");
        Account disabled = accounts.find("field-publisher").orElseThrow();
        assertThat(permissions.canPublish(disabled, serbiaDraft)).isFalse();
    }

    private long structure(String slug) {
        return taxonomy.find(Vocabulary.STRUCTURE, new Slug(slug)).orElseThrow().id();
    }
}
