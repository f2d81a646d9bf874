package careeratlas.paths;

import careeratlas.catalog.Vocabulary;
import careeratlas.catalog.Vocabulary.Kind;
import careeratlas.catalog.Vocabulary.Term;
import careeratlas.platform.Urls;
import careeratlas.sidebar.FeaturedJob;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fit finder: the form (skills, tools by category, the current role) and, once asked, every role ranked. */
public record FitPage(Vocabulary vocabulary, FitRequest request, List<Fit> ranked, List<FeaturedJob> featured) {

    static final int TOP = 3;

    /** One fieldset of the form: its legend, the parameter name and the terms. */
    public record Group(String legend, String param, List<Term> terms) {
    }

    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("Skills", "skill", vocabulary.skills()));
        Map<String, List<Term>> tools = new LinkedHashMap<>();
        vocabulary.tools().forEach(t -> tools.computeIfAbsent(t.category(), c -> new ArrayList<>()).add(t));
        tools.forEach((category, terms) -> groups.add(new Group("Tools: " + category, "tool", terms)));
        return groups;
    }

    public List<Vocabulary.RoleNeeds> roles() {
        return vocabulary.roles();
    }

    public boolean checked(Term t) {
        return (t.kind() == Kind.SKILL ? request.skills() : request.tools()).contains(t.slug());
    }

    public boolean selected(Vocabulary.RoleNeeds r) {
        return request.from() != null && request.from().slug().equals(r.slug());
    }

    public boolean asked() {
        return !request.isEmpty();
    }

    public List<Fit> top() {
        return ranked.subList(0, Math.min(TOP, ranked.size()));
    }

    /** The move from the reader's current role to this one, or null without a current role (or for that role). */
    public String transitionUrl(Fit fit) {
        if (request.from() == null || request.from().slug().equals(fit.role().slug())) {
            return null;
        }
        return Urls.transition(request.from().slug(), fit.role().slug());
    }

    public int coreWeight() {
        return Fit.CORE_WEIGHT;
    }

    public int coreSkills() {
        return Vocabulary.CORE_SKILLS;
    }
}
