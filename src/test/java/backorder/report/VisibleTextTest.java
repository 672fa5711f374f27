package backorder.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

  @Test
  void controlBidiAndSeparatorCharacters_areShownAsEscapes() {
    assertEquals("a\\u0000b\\u0007c\\u001Bd\\u000De\\u007Ff\\u0085g\\u009F",
        VisibleText.of("a\u0000b\u0007c\u001Bd\re\u007Ff\u0085g\u009F"));
    assertEquals("\\u202Aa\\u202Bb\\u202Cc\\u202Dd\\u202Ee", VisibleText.of("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee"));
    assertEquals("\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C",
        VisibleText.of("\u2066\u2067\u2068\u2069\u200E\u200F\u061C"));
    assertEquals("line\\u2028para\\u2029", VisibleText.of("line\u2028para\u2029"));
  }

  @Test
  void noncharactersAndLoneSurrogates_areShownAsEscapes_forTheyMakeAPageOrAnSvgInvalid() {
    assertEquals("\\uFFFE\\uFFFF\\uFDD0", VisibleText.of("\uFFFE\uFFFF\uFDD0"));
    assertEquals("x\\uD800y\\uDC00", VisibleText.of("x\uD800y\uDC00"));
    assertEquals("\\uD83F\\uDFFE", VisibleText.of(new String(Character.toChars(0x1FFFE))));
  }

  @Test
  void tabLineFeedAndPrintableTextOfAnyScript_areKeptAsTheyAre() {
    String text = "Lampe \u00e9t\u00e9\t\u0644\u0645\u0628\u0629\n\u2605 \uD83D\uDCA1 a\\u202Eb \u200D";
    assertSame(text, VisibleText.of(text));
    assertEquals("", VisibleText.of(null));
    assertTrue(VisibleText.escaped(0x202E));
    assertFalse(VisibleText.escaped('\t'));
    assertFalse(VisibleText.escaped(0x1F4A1));
  }
}
