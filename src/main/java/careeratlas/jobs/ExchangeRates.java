package careeratlas.jobs;

import careeratlas.platform.ContentChanges;
import careeratlas.platform.PayPeriod;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The European Central Bank's euro reference rates (table {@code exchange_rate}): the newest rate of each currency,
 * read once and kept until rates are loaded ({@link ExchangeRatesScope}), and the loading of an ECB file.
 */
@ApplicationScoped
public class ExchangeRates {

    public static final String CACHE = "exchange-rates";

    /** The newest rate of each currency (units for 1 euro; EUR is 1) and the newest date loaded. */
    public record Rates(LocalDate date, Map<String, BigDecimal> perEuro) {

        public boolean has(String code) {
            return code != null && perEuro.containsKey(code);
        }

        /** The currencies with a rate, in alphabetical order. */
        public List<String> codes() {
            return List.copyOf(perEuro.keySet());
        }

        /**
         * {@code amount} a {@code period} in {@code from}, as a yearly amount in {@code to}: amount × periods a
         * year × rate(to) / rate(from). Null when either currency has no rate or there is no amount.
         */
        public BigDecimal yearly(Integer amount, PayPeriod period, String from, String to) {
            if (amount == null || !has(from) || !has(to)) {
                return null;
            }
            return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(period.perYear)).multiply(perEuro.get(to))
                    .divide(perEuro.get(from), MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP);
        }
    }

    /** A currency's newest rate and its date, for the admin page. */
    public record Rate(String currency, BigDecimal perEuro, LocalDate date) {
        /** The rate as the ECB writes it: 1.0495, 161.64. */
        public String shown() {
            return perEuro.toPlainString();
        }
    }

    /** A date loaded and how many currencies it has. */
    public record Loaded(LocalDate date, long currencies) {
    }

    /** What a load changed: rows added or changed, and rows already there with the same rate. */
    public record Outcome(List<LocalDate> dates, int changed, int unchanged) {
    }

    @Inject
    EntityManager em;

    @Inject
    Event<ContentChanges.Changed> changed;

    @CacheResult(cacheName = CACHE)
    public Rates latest() {
        Map<String, BigDecimal> perEuro = new TreeMap<>();
        LocalDate newest = null;
        for (Rate r : current()) {
            perEuro.put(r.currency(), r.perEuro());
            newest = newest == null || r.date().isAfter(newest) ? r.date() : newest;
        }
        return new Rates(newest, Map.copyOf(perEuro));
    }

    /** Each currency's newest rate, by code. */
    @SuppressWarnings("unchecked")
    public List<Rate> current() {
        List<Object[]> rows = em.createNativeQuery("""
                select distinct on (currency) currency, per_euro, rate_date from exchange_rate
                order by currency, rate_date desc""").getResultList();
        return rows.stream().map(r -> new Rate((String) r[0], ((BigDecimal) r[1]).stripTrailingZeros(),
                toDate(r[2]))).toList();
    }

    /** The newest dates loaded, newest first. */
    @SuppressWarnings("unchecked")
    public List<Loaded> dates(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select rate_date, count(*) from exchange_rate group by rate_date order by rate_date desc limit :limit""")
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Loaded(toDate(r[0]), ((Number) r[1]).longValue())).toList();
    }

    /**
     * Stores the days of an ECB file (EUR = 1 is added to each): new rates are inserted, changed ones replaced, and
     * a rate already stored is left alone, so loading the same file twice changes nothing.
     */
    @Transactional
    public Outcome load(List<EcbRatesFile.Day> days) {
        int changedRows = 0;
        int total = 0;
        for (EcbRatesFile.Day day : days) {
            Map<String, BigDecimal> rates = new TreeMap<>(day.perEuro());
            rates.put("EUR", BigDecimal.ONE);
            total += rates.size();
            changedRows += em.createNativeQuery("""
                    insert into exchange_rate (rate_date, currency, per_euro)
                    select :date, x.code, cast(x.rate as numeric)
                    from unnest(cast(:codes as text[]), cast(:rates as text[])) as x(code, rate)
                    on conflict (rate_date, currency) do update set per_euro = excluded.per_euro
                    where exchange_rate.per_euro <> excluded.per_euro""")
                    .setParameter("date", day.date())
                    .setParameter("codes", rates.keySet().toArray(String[]::new))
                    .setParameter("rates", rates.values().stream().map(BigDecimal::toPlainString).toArray(String[]::new))
                    .executeUpdate();
        }
        if (changedRows > 0) {
            changed.fire(new ContentChanges.Changed("exchange_rate"));
        }
        return new Outcome(days.stream().map(EcbRatesFile.Day::date).toList(), changedRows, total - changedRows);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
