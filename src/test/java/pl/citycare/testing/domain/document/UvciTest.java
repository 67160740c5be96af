package pl.citycare.testing.domain.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The document identifier's shape and its check character. */
class UvciTest {

    @Test
    void aNewIdentifierHasTheUvciShapeAndAValidCheckCharacter() {
        String uvci = Uvci.newIdentifier();
        assertThat(uvci).matches("URN:UVCI:01:PL:KRK/TS/[0-9A-Z]{10}#[0-9A-Z/:]");
        assertThat(Uvci.isValid(uvci)).isTrue();
        assertThat(Uvci.newIdentifier()).isNotEqualTo(uvci);
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        String uvci = Uvci.of("7QX0C2MD9A");
        int start = "URN:UVCI:".length();
        int caught = 0;
        int tried = 0;
        for (int i = start; i < uvci.length() - 2; i++) {
            for (char c : Uvci.ALPHABET.toCharArray()) {
                if (c == uvci.charAt(i)) {
                    continue;
                }
                tried++;
                String typo = uvci.substring(0, i) + c + uvci.substring(i + 1);
                if (!Uvci.isValid(typo)) {
                    caught++;
                }
            }
        }
        assertThat(caught).isEqualTo(tried);
        assertThat(Uvci.isValid(uvci.replace("#", "#X"))).isFalse();
        assertThat(Uvci.isValid(null)).isFalse();
    }

    @Test
    void aSwapOfTwoNeighboursIsCaughtToo() {
        String uvci = Uvci.of("ABCDEFGH12");
        String swapped = uvci.replace("GH12", "HG12");
        assertThat(Uvci.isValid(swapped)).isFalse();
    }
}
