package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo captions ("FILE - ... (AP Photo/Ahn Young-joon, File)") and links to other stories ("Read also:
 * ..."), which are left out, and credit lines ("CNN's Anna Chernova and Lauren Kent contributed to this report.", "Reporting by X;
 * Editing by Y", "By Jane Doe, Associated Press"): their names go to the byline, and their paragraphs are kept out of
 * people, statements and deployments.
 */
final class Bylines {
    /** Two or three capitalised words: a simple, linear pattern (no nested quantifiers). */
    private static final Pattern NAME = Pattern
            .compile(
                    "\\p{Lu}[\\p{L}\\p{M}'\u2019-]{1,30}(?: \\p{Lu}\\.)?(?: \\p{Lu}[\\p{L}\\p{M}'\u2019-]{1,30}){1,2}");
    private static final Set<String> NOT_NAMES = Lexicon.set("associated press|editing by|reporting by|writing by"
            + "|additional reporting|this story|this report|the associated|compiled by");

    private final List<Span> paragraphs = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    Bylines(Layout layout) {
        for (Span p : layout.paragraphs) {
            String s = layout.text.substring(p.start(), p.end());
            String l = s.toLowerCase(Locale.ROOT);
            boolean credit = l.contains("contributed to this report") || l.contains("contributed reporting")
                    || l.contains("contributed to this story") || l.contains("contributed to this article")
                    || l.startsWith("reporting by") || l.startsWith("(reporting by") || l.contains("; editing by")
                    || l.startsWith("writing by") || l.startsWith("additional reporting by")
                    || (l.startsWith("by ") && s.split("\\s+").length <= 12);
            boolean caption = l.startsWith("file -") || l.startsWith("file \u2013") || l.startsWith("file \u2014")
                    || l.contains("(ap photo") || l.contains("(photo by") || l.contains("(reuters/")
                    || l.startsWith("photo:") || l.startsWith("image:");
            // "This story has been corrected to show that about 350 U.S. Marines, not 3,500, ...": a note on the
            // story that repeats its figures, the wrong ones too
            // "• This article was amended on 10 March 2026. An earlier version said Britain had about 1,200 troops"
            String note = l.replaceFirst("^[\u2022*]\\s*", "").replace("editor\u2019s note: ", "")
                    .replace("editor's note: ", "");
            boolean correction = note.startsWith("this story has been corrected") || note.startsWith("correction:")
                    || note.startsWith("this article has been corrected") || note.startsWith("an earlier version of")
                    || note.startsWith("clarification:") || note.startsWith("this story has been updated to correct")
                    || note.startsWith("this article was amended") || note.startsWith("this story was amended");
            // "Read also: Lithuania says it is ready to close border ...": the headline of another story
            boolean promo = l.startsWith("read more") || l.startsWith("read also") || l.startsWith("also read")
                    || l.startsWith("related:") || l.startsWith("related topics") || l.startsWith("see also");
            if (caption || correction || promo) {
                // a photo caption names photographers and repeats the story: leave it out altogether
                paragraphs.add(p);
                continue;
            }
            if (!credit) {
                continue;
            }
            paragraphs.add(p);
            Matcher m = NAME.matcher(s);
            while (m.find()) {
                String name = m.group();
                String first = name.split(" ")[0];
                if (first.endsWith("'s") || first.endsWith("\u2019s")) {
                    name = name.substring(first.length() + 1);
                    first = name.split(" ")[0];
                    if (!name.contains(" ")) {
                        continue;
                    }
                }
                if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))
                        || Lexicon.NOT_NAME.contains(first.toLowerCase(Locale.ROOT))
                        || Lexicon.COUNTRY.containsKey(name.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                names.add(name);
            }
        }
    }

    List<Span> paragraphs() {
        return paragraphs;
    }

    List<String> names() {
        return names;
    }
}
