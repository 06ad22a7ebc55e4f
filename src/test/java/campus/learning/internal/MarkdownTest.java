package campus.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private static final String FILES = "/learning/courses/7/files/";

    /** Known payloads, raw and inside Markdown constructs: nothing executable may come out. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](  javascript:alert(1))",
            "![x](javascript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "| a |\n|---|\n| <script>alert(1)</script> |",
            "<details open ontoggle=alert(1)>",
            "[x](vbscript:msgbox(1))",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    })
    void hostileMarkdownComesOutInert(String payload) {
        // parsed as a browser would: what matters is the elements and attributes, not the escaped text
        Document doc = Jsoup.parseBodyFragment(Markdown.toHtml(payload, FILES));
        assertThat(doc.select("script, svg, iframe, math, details, div, object, embed, style")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).doesNotStartWith("on").isNotEqualTo("style");
                assertThat(a.getValue().trim().toLowerCase()).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:");
            }
        }
    }

    @Test
    void rawHtmlIsShownAsTextNotDropped() {
        assertThat(Markdown.toHtml("<b>bold?</b>", FILES)).contains("&lt;b&gt;bold?&lt;/b&gt;");
    }

    @Test
    void headingsListsTablesLinksAndCourseFilesRender() {
        Document doc = Jsoup.parseBodyFragment(Markdown.toHtml("""
                # Social dialogue

                - one
                - two

                | Country | Share |
                |---|---|
                | Italy | 40 % |

                ![A chart](files/chart.png) and [the handout](files/handout.pdf) and [ILO](https://www.ilo.org)
                """, FILES));
        assertThat(doc.select("h1").text()).isEqualTo("Social dialogue");
        assertThat(doc.select("li").eachText()).containsExactly("one", "two");
        assertThat(doc.select("table td").eachText()).containsExactly("Italy", "40 %");
        assertThat(doc.select("img").attr("src")).isEqualTo("/learning/courses/7/files/chart.png");
        assertThat(doc.select("img").attr("loading")).isEqualTo("lazy");
        assertThat(doc.select("a").eachAttr("href")).containsExactly("/learning/courses/7/files/handout.pdf", "https://www.ilo.org");
        assertThat(doc.select("a[href^=https]").attr("rel")).isEqualTo("nofollow noopener noreferrer");
    }

    @Test
    void aVideoAddressAloneOnItsLineBecomesAPrivacyEnhancedPlayer() {
        Document doc = Jsoup.parseBodyFragment(Markdown.toHtml("https://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n"
                + "[Watch the talk](https://vimeo.com/76979871)\n\n[talk](https://youtu.be/dQw4w9WgXcQ) in a sentence", FILES));
        assertThat(doc.select("figure.video iframe").eachAttr("src")).containsExactly(
                "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "https://player.vimeo.com/video/76979871");
        assertThat(doc.select("figure.video iframe").get(1).attr("title")).isEqualTo("Watch the talk");
        assertThat(doc.select("figure.video figcaption a").eachAttr("href")).containsExactly(
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://vimeo.com/76979871");
        // a link inside a sentence stays a link
        assertThat(doc.select("p > a").attr("href")).isEqualTo("https://youtu.be/dQw4w9WgXcQ");
        assertThat(doc.select("iframe")).hasSize(2);
    }

    @Test
    void aLookAlikeVideoAddressIsNotEmbedded() {
        assertThat(Markdown.player("https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ")).isNull();
        assertThat(Markdown.player("https://vimeo.com/123\"onload=\"x")).isNull();
        assertThat(Markdown.player("https://youtu.be/dQw4w9WgXcQ")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    }
}
