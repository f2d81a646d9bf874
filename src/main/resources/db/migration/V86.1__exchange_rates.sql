-- Exchange rates to compare pay across currencies on the job board (issue 14).

-- The European Central Bank's euro reference rates: units of the currency for 1 euro on that day (EUR itself is 1,
-- stored for every date so that a euro salary converts like any other). An admin loads newer ECB files at
-- /admin/exchange-rates; the board compares with each currency's newest rate.
create table exchange_rate (
    rate_date date          not null,
    currency  varchar(3)    not null check (currency ~ '^[A-Z]{3}$'),
    per_euro  numeric(18, 6) not null check (per_euro > 0),
    primary key (rate_date, currency)
);
create index exchange_rate_currency_idx on exchange_rate (currency, rate_date desc);

-- The board's pages show converted figures and the rates' date: a change of rates drops them on every replica.
create trigger exchange_rate_changed after insert or update or delete or truncate on exchange_rate
    for each statement execute function notify_content_changed();

-- The snapshot the site ships: the ECB's daily file eurofxref.csv of 25 November 2024, its two lines exactly as
-- published (header, then the day's rates, each with its trailing comma):
--   Date, USD, JPY, BGN, CZK, DKK, GBP, HUF, PLN, RON, SEK, CHF, ISK, NOK, TRY, AUD, BRL, CAD, CNY, HKD, IDR, ILS, INR, KRW, MXN, MYR, NZD, PHP, SGD, THB, ZAR,
--   25 November 2024, 1.0495, 161.64, 1.9558, 25.295, 7.4586, 0.83465, 409.78, 4.3185, 4.9767, 11.5030, 0.9324, 145.30, 11.5865, 36.3020, 1.6111, 6.0941, 1.4648, 7.6018, 8.1659, 16651.89, 3.8493, 88.4595, 1469.87, 21.3301, 4.6724, 1.7926, 61.936, 1.4128, 36.271, 18.9592,
-- The statement below reads those same two lines, so the table holds exactly what the file says.
insert into exchange_rate (rate_date, currency, per_euro)
select date '2024-11-25', trim(h.code), cast(trim(v.rate) as numeric)
from unnest(string_to_array('USD, JPY, BGN, CZK, DKK, GBP, HUF, PLN, RON, SEK, CHF, ISK, NOK, TRY, AUD, BRL, CAD, CNY, HKD, IDR, ILS, INR, KRW, MXN, MYR, NZD, PHP, SGD, THB, ZAR, ', ','))
         with ordinality as h(code, n)
join unnest(string_to_array('1.0495, 161.64, 1.9558, 25.295, 7.4586, 0.83465, 409.78, 4.3185, 4.9767, 11.5030, 0.9324, 145.30, 11.5865, 36.3020, 1.6111, 6.0941, 1.4648, 7.6018, 8.1659, 16651.89, 3.8493, 88.4595, 1469.87, 21.3301, 4.6724, 1.7926, 61.936, 1.4128, 36.271, 18.9592, ', ','))
         with ordinality as v(rate, n) on v.n = h.n
where trim(h.code) <> '';
insert into exchange_rate (rate_date, currency, per_euro) values (date '2024-11-25', 'EUR', 1);
