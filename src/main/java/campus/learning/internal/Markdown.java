package campus.learning.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Turns lesson Markdown into HTML that is safe to show: raw HTML in the Markdown is escaped, the
 * result is cleaned against an allow-list (no script, no event handler, no javascript: URL), and
 * only then do we add what we build ourselves — video players from a recognised video address.
 */
public final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final String BASE = "https://campus.invalid/";
    private static final Safelist ALLOWED = Safelist.relaxed()
            .addAttributes("a", "rel")
            .addAttributes("th", "align").addAttributes("td", "align")
            .preserveRelativeLinks(true);
    private static final Pattern YOUTUBE = Pattern.compile(
            "^https?://(?:www\\.)?(?:youtube\\.com/watch\\?(?:.*&)?v=|youtu\\.be/)([A-Za-z0-9_-]{11})(?:[&?#].*)?$");
    private static final Pattern VIMEO = Pattern.compile("^https?://(?:www\\.)?vimeo\\.com/(\\d{1,12})(?:[?#].*)?$");
    private static final Pattern FILE_REFERENCE = Pattern.compile("^(?:\\./)?files/([A-Za-z0-9._-]+)$");

    private Markdown() {
    }

    /**
     * The lesson as HTML. {@code filesBase} is the address lessons' "files/NAME" references resolve
     * against (the course's file route, ending in a slash).
     */
    public static String toHtml(String markdown, String filesBase) {
        String rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document doc = Jsoup.parseBodyFragment(Jsoup.clean(rendered, BASE, ALLOWED), BASE);
        doc.outputSettings().prettyPrint(false);
        for (Element link : doc.select("a[href]")) {
            link.attr("href", resolveFile(link.attr("href"), filesBase));
            if (link.attr("href").startsWith("http")) {
                link.attr("rel", "nofollow noopener noreferrer");
            }
        }
        for (Element image : doc.select("img[src]")) {
            image.attr("src", resolveFile(image.attr("src"), filesBase));
            image.attr("loading", "lazy");
        }
        embedVideos(doc);
        return doc.body().html();
    }

    private static String resolveFile(String address, String filesBase) {
        Matcher file = FILE_REFERENCE.matcher(address);
        return file.matches() ? filesBase + file.group(1) : address;
    }

    /**
     * A paragraph that is nothing but a video address, bare or as a link, becomes a player, keeping
     * the link below it for readers whose connection or browser does not load the player.
     */
    private static void embedVideos(Document doc) {
        for (Element paragraph : doc.select("p")) {
            Element link;
            if (paragraph.childrenSize() == 0 && player(paragraph.text().trim()) != null) {
                String address = paragraph.text().trim();
                link = new Element("a").attr("href", address).attr("rel", "nofollow noopener noreferrer").text(address);
            } else if (paragraph.childrenSize() == 1 && paragraph.child(0).tagName().equals("a")
                    && paragraph.ownText().isBlank()) {
                link = paragraph.child(0);
            } else {
                continue;
            }
            String player = player(link.attr("href"));
            if (player == null) {
                continue;
            }
            Element figure = new Element("figure").addClass("video");
            figure.appendElement("iframe").attr("src", player).attr("title", link.text())
                    .attr("loading", "lazy").attr("allowfullscreen", "")
                    .attr("referrerpolicy", "strict-origin-when-cross-origin");
            figure.appendElement("figcaption").appendChild(link.clone());
            paragraph.replaceWith(figure);
        }
    }

    /** The embeddable player address for a YouTube or Vimeo page address; null for anything else. */
    static String player(String address) {
        Matcher youtube = YOUTUBE.matcher(address);
        if (youtube.matches()) {
            return "https://www.youtube-nocookie.com/embed/" + youtube.group(1);
        }
        Matcher vimeo = VIMEO.matcher(address);
        if (vimeo.matches()) {
            return "https://player.vimeo.com/video/" + vimeo.group(1);
        }
        return null;
    }
}
