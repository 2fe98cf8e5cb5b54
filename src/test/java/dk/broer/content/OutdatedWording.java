package dk.broer.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wording the course library must not use again: phrasings that were wrong or went out of date,
 * each with the reason an author sees when a file uses it (issue 18). Patterns are
 * case-insensitive and matched against one line at a time; a sentence-sized pattern keeps to one
 * sentence by never crossing '.', '!' or '?'. A wrong option of a knowledge check is a false
 * statement on purpose (a real misconception makes a good distractor), so its line is not read;
 * its feedback is.
 */
final class OutdatedWording {

    private OutdatedWording() {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * What an exemption looks at: the unit (paragraph) the line stands in, that unit and the one
     * before it (a quote after "Det skal du ikke sige:"), or the whole section.
     */
    enum Scope { UNIT, UNIT_AND_PREVIOUS, SECTION }

    /**
     * A phrasing refused in every file of the given languages (empty: all languages), unless the
     * unit or section it stands in also matches {@code unlessNearby}.
     */
    record Phrasing(String name, Pattern pattern, String reason, List<String> languages,
                    Optional<Pattern> unlessNearby, Scope scope) {

        static Phrasing of(String name, String regex, String reason) {
            return new Phrasing(name, Pattern.compile(regex, FLAGS), reason, List.of(), Optional.empty(), Scope.UNIT);
        }

        Phrasing onlyIn(String... languages) {
            return new Phrasing(name, pattern, reason, List.of(languages), unlessNearby, scope);
        }

        Phrasing unlessThe(Scope scope, String regex) {
            return new Phrasing(name, pattern, reason, languages, Optional.of(Pattern.compile(regex, FLAGS)), scope);
        }

        boolean appliesTo(String language) {
            return languages.isEmpty() || languages.contains(language);
        }
    }

    /**
     * The grounds, today, of a law that modules summarise, each as a Danish and an English pattern;
     * {@code added} are those added since 2012, which a then-and-now line may list on their own.
     */
    record GroundList(String law, Pattern mention, Map<String, Pattern[]> grounds, List<String> added, String reason) {

        Pattern ground(String ground, String language) {
            return grounds.get(ground)[language.equals("da") ? 0 : 1];
        }
    }

    static final List<Phrasing> PHRASINGS = List.of(
            Phrasing.of("Nævnenes Hus", "nævnenes\\s+hus",
                    "the Board of Equal Treatment's secretariat is Ankestyrelsen, not 'Nævnenes Hus' (issue 18, 6)"),

            Phrasing.of("the 2012 list of grounds", "\\btro\\s+(eller|og)\\s+seksuel(le)?\\s+orientering\\b"
                            + "|\\bbelief\\s+(or|and)\\s+sexual\\s+orientation\\b",
                    "this is the 2012 list of grounds ('... tro eller seksuel orientering'). Since 1 January 2022"
                            + " § 266 b, § 81 nr. 6 and racediskriminationsloven also name kønsidentitet, kønsudtryk"
                            + " and kønskarakteristika (§ 266 b and § 81 nr. 6 also handicap; L 18, 2021-22)."
                            + " Give today's grounds in the same section, e.g. in a then-and-now note")
                    .unlessThe(Scope.SECTION, "kønsidentitet|gender\\s+identity"),

            Phrasing.of("two of the four 2022 grounds", "handicap\\s+og\\s+kønsidentitet\\b(?!\\s*,)"
                            + "|disability\\s+and\\s+gender\\s+identity\\b(?!\\s*,)",
                    "handicap, kønsidentitet, kønsudtryk and kønskarakteristika all entered § 266 b on 1 January"
                            + " 2022 (L 18, 2021-22); naming only 'handicap og kønsidentitet' leaves two out or"
                            + " suggests they came later"),

            Phrasing.of("late complaints 'eased'", "\\blempe\\w*\\b[^.!?\\n]*(praksis|2023)|(praksis|2023)[^.!?\\n]*\\blempe\\w*"
                            + "|\\beased\\b[^.!?\\n]*(practice|2023)|(practice|2023)[^.!?\\n]*\\beased\\b",
                    "late complaints to Ligebehandlingsnævnet: since March 2023 the Board rules on whether there"
                            + " was discrimination, but a complaint made about a year late still loses the"
                            + " compensation (Lovguiden W20241016025). Nothing was 'eased' for the complainant"),

            Phrasing.of("late complaints 'used to' lose compensation",
                    "\\bfør\\b[^.!?\\n]*\\bmiste\\b[^.!?\\n]*godtgørelse|used\\s+to\\b[^.!?\\n]*compensation",
                    "late complaints: compensation is still lost today, not only 'before' March 2023; what"
                            + " changed is that the Board now decides on the discrimination itself (Lovguiden"
                            + " W20241016025)"),

            Phrasing.of("'the recording belongs to the victim'",
                    "optagelse(n)?\\s+tilhører|recording\\s+belongs\\b",
                    "an ethical claim, not law. Say: follow your workplace's rules, prefer the written log and"
                            + " the venue's or vehicle's camera, ask the person before sharing (issue 18, 7)"),

            Phrasing.of("'a reason about a group is never lawful'",
                    "\\b(grund|begrundelse)\\b[^.!?\\n]*\\bgruppe\\b[^.!?\\n]*\\baldrig\\s+(en\\s+)?lovlig"
                            + "|reason\\s+about\\s+a\\s+group\\s+is\\s+never\\s+(a\\s+)?lawful",
                    "not true as stated: an age limit is a rule about a group and can be lawful (ligestillingsloven"
                            + " § 3 a on gender too). Name the protected grounds instead"),

            Phrasing.of("an ultimatum to an angry passenger",
                    "kører\\s+ikke\\s+videre,?\\s+før|won'?t\\s+go\\s+on\\s+until|will\\s+not\\s+go\\s+on\\s+until"
                            + "|(isn'?t|is\\s+not|not)\\s+going\\s+anywhere\\s+until|won'?t\\s+(move|drive\\s+on)\\s+until",
                    "unsafe: do not put an ultimatum to an angry or abusive passenger; follow the control room"
                            + " and the company's procedure (issue 18, 7). Quoting it as what not to say is fine")
                    .unlessThe(Scope.UNIT_AND_PREVIOUS,
                            "ikke\\s+sige|undgå|(don'?t|do\\s+not|not\\s+to|should\\s+not|shouldn'?t|must\\s+not)\\s+say|avoid"),

            Phrasing.of("the pre-2016 rule on who may complain",
                    "\\bberørt\\b[^.!?\\n]*\\beller\\b[^.!?\\n]*\\b(tilhøre\\w*|høre\\w*\\s+til)\\b[^.!?\\n]*\\bgruppe"
                            + "|\\baffected\\b[^.!?\\n]*\\bor\\b[^.!?\\n]*\\bbelong\\w*\\b[^.!?\\n]*\\bgroup",
                    "since 1 January 2016 a complaint to Ligebehandlingsnævnet needs a legal interest: the complainant"
                            + " must be directly affected; belonging to the group treated worse is no longer enough"
                            + " (Ankestyrelsen, 'Hvem kan klage?' and 'Skrappere krav til at få en klage behandlet i"
                            + " Ligebehandlingsnævnet'). Saying what the rule was before 2016 is fine")
                    .unlessThe(Scope.UNIT, "\\b(før|inden|indtil|until|before|prior\\s+to)\\b[^!?\\n]{0,40}\\b2016\\b"),

            Phrasing.of("selective enforcement called indirect",
                    "kun\\s+på\\s+nogle\\b[^.!?\\n]*\\bindirekte|\\bindirekte\\b[^.!?\\n]*kun\\s+på\\s+nogle"
                            + "|\\bellers\\s+(kan\\s+det\\s+være|er\\s+det)\\s+indirekte"
                            + "|\\bindirekte\\b[^.!?\\n]*på\\s+grund\\s+af\\s+(deres|sin|hans|hendes)\\s+(etniske\\s+)?oprindelse"
                            + "|på\\s+grund\\s+af\\s+(deres|sin|hans|hendes)\\s+(etniske\\s+)?oprindelse[^.!?\\n]*\\bindirekte"
                            + "|only\\s+(to|on|for)\\s+some\\b[^.!?\\n]*\\bindirect|\\bindirect\\b[^.!?\\n]*only\\s+(to|on|for)\\s+some"
                            + "|\\botherwise\\s+it\\s+(can|may)\\s+be\\s+indirect"
                            + "|\\bindirect\\b[^.!?\\n]*because\\s+of\\s+(their|his|her)\\s+(ethnic\\s+)?origin"
                            + "|because\\s+of\\s+(their|his|her)\\s+(ethnic\\s+)?origin[^.!?\\n]*\\bindirect",
                    "a rule enforced only on some people because of their origin is DIRECT discrimination;"
                            + " indirect is a neutral rule applied to everyone that hits one group harder"
                            + " (law-at-the-counter)")
                    .unlessThe(Scope.UNIT, "\\bdirekte\\b|\\bdirect\\b"),

            Phrasing.of("the 17.3 % target in the present tense",
                    "\\bmål(et)?\\s+er\\b[^.!?\\n]*17,3|\\btarget\\s+is\\b[^.!?\\n]*17\\.3|\\ber\\s+byens\\s+mål\\b"
                            + "|city'?s\\s+target\\s+is|\\bskal\\s+falde\\s+fra\\s+21,3|\\bfalder\\s+fra\\s+21,3|\\bfalls\\s+from\\s+21\\.3",
                    "21.3 % -> 17.3 % was the programme's target for 2015: past tense, as the programme's target"),

            Phrasing.of("another English name for racediskriminationsloven",
                    "race\\s+discrimination\\s+act|act\\s+against\\s+racial\\s+discrimination|act\\s+on\\s+racial\\s+discrimination",
                    "the English name is 'the Racial Discrimination Act (racediskriminationsloven)' on first"
                            + " mention, then 'the Racial Discrimination Act'")
                    .onlyIn("en"));

    private static final Pattern ALSO = Pattern.compile("\\b(også|also)\\b", FLAGS);

    private static Pattern[] g(String danish, String english) {
        return new Pattern[] {Pattern.compile(danish, FLAGS), Pattern.compile(english, FLAGS)};
    }

    private static Map<String, Pattern[]> grounds(Object... pairs) {
        Map<String, Pattern[]> grounds = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            grounds.put((String) pairs[i], (Pattern[]) pairs[i + 1]);
        }
        return grounds;
    }

    private static final Pattern[] RACE = g("\\brace\\b", "\\brace\\b");
    private static final Pattern[] COLOUR = g("\\bhudfarve", "\\bskin\\s+colou?r");
    private static final Pattern[] NATIONAL_ETHNIC = g("\\bnational(e)?\\s+eller\\s+etnisk(e)?\\s+oprindelse",
            "\\bnational\\s+or\\s+ethnic\\s+origin");
    private static final Pattern[] ETHNIC = g("\\betnisk(e)?\\s+oprindelse", "\\bethnic\\s+origin");
    private static final Pattern[] BELIEF = g("\\btro\\b", "\\bbelief\\b");
    private static final Pattern[] ORIENTATION = g("\\bseksuel(le)?\\s+orientering", "\\bsexual\\s+orientation");
    private static final Pattern[] IDENTITY = g("\\bkønsidentitet", "\\bgender\\s+identity");
    private static final Pattern[] EXPRESSION = g("\\bkønsudtryk", "\\bgender\\s+expression");
    private static final Pattern[] CHARACTERISTICS = g("\\bkønskarakteristik", "\\bsex\\s+characteristics");
    private static final Pattern[] DISABILITY = g("\\bhandicap", "\\bdisabilit(y|ies)|\\bdisabled\\b");

    /**
     * Laws whose grounds a module may summarise. Where a unit mentions the law and lists two or more
     * of its grounds, it must list all of today's grounds; a passing mention with one ground or none
     * is fine, and so is a wrong option of a knowledge check (a false statement on purpose).
     */
    static final List<GroundList> GROUND_LISTS = List.of(
            new GroundList("§ 266 b", Pattern.compile("266\\s*b\\b", FLAGS),
                    grounds("race", RACE, "hudfarve", COLOUR, "national eller etnisk oprindelse", NATIONAL_ETHNIC,
                            "tro", BELIEF, "seksuel orientering", ORIENTATION, "kønsidentitet", IDENTITY,
                            "kønsudtryk", EXPRESSION, "kønskarakteristika", CHARACTERISTICS, "handicap", DISABILITY),
                    List.of("kønsidentitet", "kønsudtryk", "kønskarakteristika", "handicap"),
                    "straffeloven § 266 b today (since 1 January 2022, L 18, 2021-22) names race, hudfarve,"
                            + " national eller etnisk oprindelse, tro, seksuel orientering, kønsidentitet,"
                            + " kønsudtryk, kønskarakteristika and handicap"),
            new GroundList("§ 81 nr. 6", Pattern.compile("\\b81\\s*[,.]?\\s*(nr|no)\\.?\\s*6\\b", FLAGS),
                    grounds("etnisk oprindelse", ETHNIC, "tro", BELIEF, "handicap", DISABILITY,
                            "seksuel orientering", ORIENTATION, "kønsidentitet", IDENTITY, "kønsudtryk", EXPRESSION,
                            "kønskarakteristika", CHARACTERISTICS),
                    List.of("handicap", "kønsidentitet", "kønsudtryk", "kønskarakteristika"),
                    "straffeloven § 81 nr. 6 today reads '... etniske oprindelse, tro, handicap, seksuelle"
                            + " orientering, kønsidentitet, kønsudtryk, kønskarakteristika eller lignende'"));

    /** Where the texts use a refused phrasing: "file:line: \"match\"". */
    static List<String> find(Phrasing phrasing, List<LibraryText> texts) {
        List<String> found = new ArrayList<>();
        for (LibraryText text : texts) {
            if (!phrasing.appliesTo(text.language())) {
                continue;
            }
            List<LibraryText.Group> scopes = phrasing.scope() == Scope.SECTION ? text.sections() : text.units();
            for (int i = 0; i < scopes.size(); i++) {
                LibraryText.Group scope = scopes.get(i);
                String nearby = scope.text()
                        + (phrasing.scope() == Scope.UNIT_AND_PREVIOUS && i > 0 ? scopes.get(i - 1).text() : "");
                if (phrasing.unlessNearby().map(p -> p.matcher(nearby).find()).orElse(false)) {
                    continue;
                }
                for (LibraryText.Line line : scope.lines()) {
                    if (line.isWrongOption()) {
                        continue;
                    }
                    Matcher matcher = phrasing.pattern().matcher(line.value());
                    if (matcher.find()) {
                        found.add(line.where() + ": \"" + matcher.group() + "\"");
                    }
                }
            }
        }
        return found;
    }

    /**
     * Where the texts summarise a law with only some of its grounds: a unit (without front matter,
     * sources and wrong options) that mentions the law and names two or more of its grounds but not
     * all of them. An example with one ground ("fx på grund af tro") is a passing mention, and a
     * line that mentions the law and names all the grounds added since 2012 with "også"/"also" is complete.
     */
    static List<String> find(GroundList law, List<LibraryText> texts) {
        List<String> found = new ArrayList<>();
        for (LibraryText text : texts) {
            for (LibraryText.Group unit : text.textUnits()) {
                List<LibraryText.Line> read = unit.lines().stream().filter(l -> !l.isWrongOption()).toList();
                Optional<LibraryText.Line> mention = read.stream()
                        .filter(l -> law.mention().matcher(l.value()).find()).findFirst();
                if (mention.isEmpty()) {
                    continue;
                }
                String body = new LibraryText.Group(read).text();
                List<String> named = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                for (String ground : law.grounds().keySet()) {
                    (law.ground(ground, text.language()).matcher(body).find() ? named : missing).add(ground);
                }
                boolean allAdded = read.stream().map(LibraryText.Line::value).anyMatch(line -> law.mention().matcher(line).find()
                        && ALSO.matcher(line).find()
                        && law.added().stream().allMatch(ground -> law.ground(ground, text.language()).matcher(line).find()));
                if (named.size() >= 2 && !missing.isEmpty() && !allAdded) {
                    found.add(mention.get().where() + ": names " + String.join(", ", named) + " but not "
                            + String.join(", ", missing));
                }
            }
        }
        return found;
    }
}
