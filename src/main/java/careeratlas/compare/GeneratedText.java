package careeratlas.compare;

import careeratlas.catalog.RoleProfile;

import java.util.List;

/**
 * Introduction and conclusion for a pair of roles that has no curated comparison, written from the role data.
 */
final class GeneratedText {

    private GeneratedText() {
    }

    static List<String> introduction(RoleProfile a, RoleProfile b, Overlap skills) {
        String family = a.role().family().id() == b.role().family().id()
                ? "both belong to " + a.role().family().name()
                : "come from different corners of the field: " + a.role().family().name() + " and "
                        + b.role().family().name();
        String first = a.name() + " and " + b.name() + " " + family + ". " + a.name() + ": "
                + sentence(a.role().summary()) + " " + b.name() + ": " + sentence(b.role().summary());
        String second = "Below, the two roles stand side by side: what each is responsible for, the skills and "
                + "tools it asks for, the education people usually bring, where the jobs are, the outlook and "
                + "practical first steps. " + overlapSentence(a, b, skills);
        return List.of(first, second);
    }

    static List<String> conclusion(RoleProfile a, RoleProfile b, Overlap skills) {
        String choice = "Pick " + a.name() + " if you would rather " + task(a) + "; pick " + b.name()
                + " if you would rather " + task(b) + ".";
        String bridge = skills.shared().isEmpty()
                ? "Moving from one to the other later means learning a second set of core skills"
                        + toolkits(a, b, skills) + ", so start with the tips for the role you lean towards."
                : "Since both rely on " + join(skills.shared().subList(0, Math.min(3, skills.shared().size())))
                        + ", time spent on those pays off whichever way you go, and moving between the two later is"
                        + " realistic.";
        return List.of(choice + " " + bridge);
    }

    private static String overlapSentence(RoleProfile a, RoleProfile b, Overlap skills) {
        if (skills.shared().isEmpty()) {
            // Said of this pair only: what each asks for first, so the reader sees why they do not overlap.
            return "They have no core skill in common" + toolkits(a, b, skills) + ": the two differ in the daily"
                    + " work itself, so weigh which work you want to do rather than which skills you already have.";
        }
        return "They share " + count(skills.shared().size(), "core skill") + " (" + join(skills.shared())
                + "), while " + a.name() + " adds " + count(skills.onlyA().size(), "skill") + " of its own and "
                + b.name() + " adds " + count(skills.onlyB().size(), "skill") + ".";
    }

    /** " (A starts from x and y, B from z and w)", from each role's first core skills; empty without any. */
    private static String toolkits(RoleProfile a, RoleProfile b, Overlap skills) {
        if (skills.onlyA().isEmpty() || skills.onlyB().isEmpty()) {
            return "";
        }
        return " (" + a.name() + " starts from " + join(first(skills.onlyA(), 2)) + ", " + b.name() + " from "
                + join(first(skills.onlyB(), 2)) + ")";
    }

    private static List<String> first(List<String> items, int n) {
        return items.subList(0, Math.min(n, items.size()));
    }

    /** The role's first responsibility as a verb phrase: "Design reliable pipelines." becomes "design reliable pipelines". */
    private static String task(RoleProfile p) {
        if (p.responsibilities().isEmpty()) {
            return "work as a " + p.name();
        }
        String text = p.responsibilities().get(0).strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t : t + ".";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
