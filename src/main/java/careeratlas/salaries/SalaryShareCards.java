package careeratlas.salaries;

import careeratlas.platform.Money;
import careeratlas.platform.ShareCard;
import careeratlas.platform.ShareCardSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** Share pictures of role salary pages (all answers, US dollars): {@code /share/salaries/{slug}.{hash}.png}. */
@ApplicationScoped
public class SalaryShareCards implements ShareCardSource {

    @Inject
    SalaryFigures figures;

    @Override
    public String kind() {
        return "salaries";
    }

    @Override
    public Optional<ShareCard> card(String slug) {
        return Optional.of(of(figures.forRole(slug, SalaryFilter.none())));
    }

    /** The card of a role's unfiltered figures. */
    static ShareCard of(SalaryQueries.RoleSalaries d) {
        Stats s = d.overall();
        String unit = d.filter().currencyLabel();
        return new ShareCard("Salaries in data and AI", d.role().name() + " salaries", List.of(
                new ShareCard.Figure("Median, " + Money.full(s.n()) + " answers", s.reliable() ? Money.compact(s.p50()) + " " + unit : "Too few answers", ""),
                new ShareCard.Figure("Half earn between", s.reliable() ? Money.compact(s.p25()) + " – " + Money.compact(s.p75()) : "–", "")));
    }
}
