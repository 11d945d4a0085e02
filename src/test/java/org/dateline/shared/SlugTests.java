package org.dateline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugTests {

    @Test
    void makesASlugOfTextInAnyScript() {
        assertThat(Slug.from("Türkiye – OSCE Chairpersonship")).isEqualTo(new Slug("turkiye-osce-chairpersonship"));
        assertThat(Slug.from("Đukanović meets the Head of Mission in Łódź and Ærø"))
                .isEqualTo(new Slug("dukanovic-meets-the-head-of-mission-in-lodz-and-aero"));
        assertThat(Slug.from("Straße")).isEqualTo(new Slug("strasse"));
        assertThat(Slug.from("Эксперты обсудили в Киеве вопросы регионального сотрудничества"))
                .isEqualTo(new Slug("eksperty-obsudili-v-kiyeve-voprosy-regionalnogo-sotrudnichestva"));
        assertThat(Slug.from("Щёлково: жизнь, цех, хлеб")).isEqualTo(new Slug("shchelkovo-zhizn-tsekh-khleb"));
        assertThat(Slug.from("Місія ОБСЄ в Україні")).isEqualTo(new Slug("misiya-obse-v-ukraini"));
        assertThat(Slug.from("Հայաստան")).isEqualTo(new Slug("hayastan"));
        assertThat(Slug.from("თბილისი")).isEqualTo(new Slug("tbilisi"));
    }

    @Test
    void dropsApostrophesRatherThanSplittingAWord() {
        assertThat(Slug.from("The Chairperson’s visit to OSCE's Secretariat"))
                .isEqualTo(new Slug("the-chairpersons-visit-to-osces-secretariat"));
    }

    @Test
    void fallsBackToItemWhenNothingIsLeft() {
        assertThat(Slug.from("— … —")).isEqualTo(new Slug("item"));
        assertThat(Slug.from("")).isEqualTo(new Slug("item"));
    }

    @Test
    void numbersASlugByAppendingTheNumber() {
        assertThat(new Slug("mission-to-serbia").numbered(2)).isEqualTo(new Slug("mission-to-serbia-2"));
        assertThat(new Slug("x").numbered(13)).isEqualTo(new Slug("x-13"));
    }

    @Test
    void shortensALongSlugSoThatTheNumberFits() {
        Slug longest = new Slug("a".repeat(118) + "-b");

        assertThat(longest.numbered(2).value()).isEqualTo("a".repeat(118) + "-2");
        assertThat(longest.numbered(2).value()).hasSize(120);
    }
}
