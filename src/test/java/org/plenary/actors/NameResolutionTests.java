package org.plenary.actors;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

@PlenaryIntegrationTest
class NameResolutionTests {

    private static final LocalDate ROUND_TWO = LocalDate.of(2018, 3, 13);

    @Autowired
    NameResolver resolver;

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
			EU 27                 | EU27
			EU27                  | EU27
			EU-27                 | EU27
			eu 27                 | EU27
			AG                    | AFRICAN-GROUP
			African Group         | AFRICAN-GROUP
			Africa Group          | AFRICAN-GROUP
			Lichtenstein          | LIE
			Liechtenstein         | LIE
			Luxemburg             | LUX
			Luxembourg            | LUX
			Holy See              | VAT
			the Holy See          | VAT
			CH                    | CHE
			US                    | USA
			USA                   | USA
			UK                    | GBR
			Turkey                | TUR
			Türkiye               | TUR
			Turkiye               | TUR
			Vietnam               | VNM
			Viet Nam              | VNM
			Ivory Coast           | CIV
			Côte d'Ivoire         | CIV
			Cote d'Ivoire         | CIV
			COTE D IVOIRE         | CIV
			Republic of Korea     | KOR
			Russia                | RUS
			Russian Federation    | RUS
			  Brazil.             | BRA
			""")
    void resolves_loosely_written_names(String name, String code) {
        Resolution resolution = this.resolver.resolve(name, ROUND_TWO);
        assertThat(resolution.status()).isEqualTo(Resolution.Status.RESOLVED);
        assertThat(resolution.actor().code()).isEqualTo(code);
    }

    @Test
    void reports_unknown_names_without_guessing() {
        List<Resolution> resolutions =
                this.resolver.resolveAll(List.of("Atlantis", "Luxemburgg", "", "EU 26"), ROUND_TWO);
        assertThat(resolutions).allSatisfy((r) -> {
            assertThat(r.status()).isEqualTo(Resolution.Status.UNKNOWN);
            assertThat(r.actor()).isNull();
        });
    }

    @Test
    void an_alias_wins_over_an_iso_code_of_another_state() {
        // "AG" is Antigua and Barbuda's alpha-2 code, but in the notes it is the African Group.
        assertThat(this.resolver.resolve("AG", ROUND_TWO).actor().code()).isEqualTo("AFRICAN-GROUP");
        assertThat(this.resolver
                        .resolve("Antigua and Barbuda", ROUND_TWO)
                        .actor()
                        .code())
                .isEqualTo("ATG");
    }

    @Test
    void a_group_resolves_with_its_members_valid_at_the_date() {
        Resolution before = this.resolver.resolve("EU 27", LocalDate.of(2018, 3, 11));
        Resolution during = this.resolver.resolve("EU 27", LocalDate.of(2018, 3, 12));
        assertThat(before.members()).isEmpty();
        assertThat(during.members())
                .hasSize(27)
                .extracting(ActorRef::code)
                .contains("AUT", "LUX", "GBR")
                .doesNotContain("HUN");
        Resolution eu = this.resolver.resolve("European Union", LocalDate.of(2018, 3, 12));
        assertThat(eu.members()).extracting(ActorRef::code).contains("HUN").hasSize(28);
    }

    @Test
    void many_names_resolve_with_a_fixed_number_of_statements() {
        List<String> few = List.of("EU 27", "Brazil");
        List<String> many = List.of(
                "EU 27",
                "Brazil",
                "AG",
                "Lichtenstein",
                "Luxemburg",
                "Holy See",
                "CH",
                "US",
                "UK",
                "Turkey",
                "Vietnam",
                "Ivory Coast",
                "Republic of Korea",
                "Russia",
                "Atlantis",
                "Japan",
                "India");
        StatementCounter.reset();
        this.resolver.resolveAll(few, ROUND_TWO);
        int forFew = StatementCounter.count();
        StatementCounter.reset();
        this.resolver.resolveAll(many, ROUND_TWO);
        assertThat(StatementCounter.count()).isEqualTo(forFew).isLessThanOrEqualTo(3);
    }

    @Test
    void normalizing_ignores_case_accents_punctuation_and_a_leading_article() {
        assertThat(NameResolver.normalize("  The Côte-d'Ivoire ")).isEqualTo("cotedivoire");
        assertThat(NameResolver.normalize("EU-27")).isEqualTo(NameResolver.normalize("eu 27"));
        assertThat(NameResolver.normalize("Türkiye")).isEqualTo("turkiye");
    }
}
