-- Career Atlas seed: companies and jobs.
-- Companies are referenced by slug and roles by slug; no numeric ids.
-- Five featured jobs, a set of published jobs, two expired postings and one draft.

insert into company (slug, name, website) values
    ('murmuration', 'murmuration', 'https://www.murmuration.org'),
    ('rochester-institute-of-technology', 'Rochester Institute of Technology', 'https://www.rit.edu'),
    ('amazon', 'Amazon.com', 'https://www.amazon.com'),
    ('northwind-analytics', 'Northwind Analytics', 'https://www.northwind-analytics.example'),
    ('harbor-lane-bank', 'Harbor Lane Bank', 'https://www.harborlanebank.example'),
    ('cedarpoint-health', 'Cedarpoint Health', 'https://www.cedarpoint-health.example'),
    ('quillmark-retail-group', 'Quillmark Retail Group', 'https://www.quillmark-retail.example'),
    ('voltaris-energy', 'Voltaris Energy', 'https://www.voltaris-energy.example'),
    ('tessellate-robotics', 'Tessellate Robotics', 'https://www.tessellate-robotics.example'),
    ('lumenlingo', 'LumenLingo', 'https://www.lumenlingo.example'),
    ('brightfield-insurance', 'Brightfield Insurance', 'https://www.brightfield-insurance.example'),
    ('kestrel-logistics', 'Kestrel Logistics', 'https://www.kestrel-logistics.example'),
    ('monsoon-data-labs', 'Monsoon Data Labs', 'https://www.monsoon-datalabs.example'),
    ('straits-ledger', 'Straits Ledger', 'https://www.straitsledger.example'),
    ('pixelgrove-games', 'Pixelgrove Games', 'https://www.pixelgrove-games.example'),
    ('arclight-media', 'Arclight Media', 'https://www.arclight-media.example'),
    ('meridian-civic-analytics', 'Meridian Civic Analytics', 'https://www.meridian-civic.example'),
    ('orchid-foundry-ai', 'Orchid Foundry AI', 'https://www.orchidfoundry.example'),
    ('granite-peak-manufacturing', 'Granite Peak Manufacturing', 'https://www.granitepeak-mfg.example'),
    ('sablewave-telecom', 'Sablewave Telecom', 'https://www.sablewave-telecom.example'),
    ('clearsight-vision-systems', 'Clearsight Vision Systems', 'https://www.clearsight-vision.example'),
    ('fieldnote-research-institute', 'Fieldnote Research Institute', 'https://www.fieldnote-research.example'),
    ('copperline-ads', 'Copperline Ads', 'https://www.copperline-ads.example');

-- Featured jobs
insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Data Engineer',
        (select id from company where slug = 'murmuration'),
        (select id from role where slug = 'data-engineer'),
        'Remote (anywhere in the U.S.)', true, array['FULL_TIME']::varchar(20)[], 'MID',
        100000, 130000, 'USD',
$$murmuration is looking for a data engineer to strengthen the pipelines behind its analytics work with partner organizations. You will join a small, fully remote data team and take ownership of several ingestion and modeling workflows, from raw files to documented warehouse tables.

## What you will do
- Build and schedule ingestion jobs for large public and partner datasets whose formats change from one delivery to the next
- Model cleaned data in the warehouse so analysts can answer questions without rebuilding the same joins
- Add tests, freshness checks and alerts so broken loads are caught before anyone reads the numbers
- Review pull requests and help analysts speed up slow SQL

## What we look for
- About three years of production Python and SQL
- Hands-on experience with a cloud warehouse and an orchestrator such as Airflow or Dagster
- Careful handling of personal data and a habit of writing things down
- Comfort collaborating asynchronously across U.S. time zones$$,
        'https://www.murmuration.org', null, 'PUBLISHED', now() - interval '1 day', current_date + 45, current_date + 60);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Senior Data Scientist',
        (select id from company where slug = 'murmuration'),
        (select id from role where slug = 'data-scientist'),
        'Remote (anywhere in the U.S.)', true, array['FULL_TIME']::varchar(20)[], 'SENIOR',
        120000, 150000, 'USD',
$$As a senior data scientist at murmuration you will design the models and analyses that help partner organizations decide where to focus limited staff time and budget. The role mixes hands-on modeling with mentoring and with explaining uncertainty to people who are not statisticians.

## What you will do
- Build and maintain predictive models, from feature design to calibration checks and documentation
- Plan and analyze experiments and observational studies, and be honest about what the data cannot show
- Turn results into short memos and charts that program staff can act on
- Mentor junior analysts through code review and regular pairing sessions

## What we look for
- Five or more years applying statistics and machine learning to real decisions
- Fluency in Python or R plus solid SQL
- Experience with survey data, sampling or causal inference
- A clear, patient writing style for non-technical readers$$,
        'https://www.murmuration.org', null, 'PUBLISHED', now() - interval '2 days', current_date + 45, current_date + 60);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Asst/Assoc Professor of Applied Mathematics & Artificial Intelligence',
        (select id from company where slug = 'rochester-institute-of-technology'),
        (select id from role where slug = 'research-scientist'),
        'Rochester, NY', false, array['FULL_TIME']::varchar(20)[], 'MID',
        75000, 150000, 'USD',
$$Rochester Institute of Technology is hiring a tenure-track faculty member at the assistant or associate rank whose work sits where applied mathematics meets artificial intelligence. The position combines a funded research agenda with undergraduate and graduate teaching, so it suits researchers who enjoy both discovery and the classroom.

## What you will do
- Lead an independent research program in areas such as optimization, numerical methods or the mathematics of learning
- Teach courses in applied mathematics, data science and machine learning
- Advise undergraduate and graduate students on projects and theses
- Pursue external grants and collaborate with colleagues across computing and engineering

## What we look for
- A PhD in mathematics, applied mathematics, statistics, computer science or a related field
- A publication record showing mathematically grounded AI research
- Evidence of effective teaching or a clear plan to develop it
- Interest in mentoring students from varied backgrounds$$,
        'https://www.rit.edu', null, 'PUBLISHED', now() - interval '3 days', current_date + 45, current_date + 60);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Cloud Consultant Intern, AWS Professional Services',
        (select id from company where slug = 'amazon'),
        (select id from role where slug = 'data-engineer'),
        'Seattle, Washington, USA', false, array['FULL_TIME', 'INTERNSHIP']::varchar(20)[], 'ENTRY',
        85000, 185000, 'USD',
$$This internship places students with a consulting team that helps customers plan and carry out projects on AWS. Interns work on real engagements under the guidance of experienced consultants, which makes it a practical first look at cloud architecture, data platforms and client work.

## What you will do
- Help design and prototype cloud solutions, for example data lakes, ingestion pipelines or migrations of existing workloads
- Write infrastructure-as-code and scripts that customers can reuse after the engagement
- Document architectures and present findings to customer and internal teams
- Learn AWS services in depth through hands-on delivery work

## What we look for
- Current enrollment in a degree program in computer science, engineering, information systems or a similar field
- Programming experience in Python, Java or another general-purpose language
- Basic knowledge of networking, databases or Linux
- Confidence explaining technical ideas to customers$$,
        'https://www.amazon.jobs', null, 'PUBLISHED', now() - interval '4 days', current_date + 45, current_date + 60);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Software Development Engineer Intern, Student Veteran Opportunity',
        (select id from company where slug = 'amazon'),
        (select id from role where slug = 'machine-learning-engineer'),
        'Seattle, Washington, USA', false, array['FULL_TIME', 'INTERNSHIP']::varchar(20)[], 'ENTRY',
        95000, 192000, 'USD',
$$This software engineering internship is aimed at students who have served in the military. Interns join a product team for the summer, own a scoped project from design to launch and receive mentoring from experienced engineers; some projects involve services that put machine learning models in front of customers.

## What you will do
- Design, build and test a feature or service within an existing codebase
- Write design notes and take part in code reviews
- Work with engineers and scientists to integrate models or data into production systems
- Present your project and results to your team at the end of the internship

## What we look for
- Military service and current enrollment in a bachelor's or master's program in computer science or a related field
- Working knowledge of data structures, algorithms and at least one language such as Java, Python or C++
- Curiosity about machine learning in production
- Ownership and clear communication$$,
        'https://www.amazon.jobs', null, 'PUBLISHED', now() - interval '5 days', current_date + 45, current_date + 60);

-- Published jobs
insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Senior Data Engineer, Streaming',
        (select id from company where slug = 'kestrel-logistics'),
        (select id from role where slug = 'data-engineer'),
        'Rotterdam, Netherlands', false, array['FULL_TIME']::varchar(20)[], 'SENIOR',
        78000, 98000, 'EUR',
$$Kestrel Logistics tracks tens of thousands of containers and trucks across Europe, and every scan and GPS ping lands in our event platform. We want a senior data engineer to make that platform faster and more reliable as volumes keep growing.

## What you will do
- Own Kafka topics and Flink jobs that turn raw telematics events into shipment status updates within seconds
- Design schemas and retention rules for event data shared by planning, billing and customer apps
- Lead incident reviews and improve monitoring for lag, late events and duplicates
- Coach two mid-level engineers through design reviews

## What we look for
- Solid experience running stream processing in production, ideally with Kafka and Flink or Spark Structured Streaming
- Strong Java, Scala or Python
- A practical grasp of exactly-once semantics and watermarking
- Good English; Dutch is not required

We offer a relocation package and a public transport pass.$$,
        'https://www.kestrel-logistics.example/careers/senior-data-engineer-streaming', null, 'PUBLISHED', now() - interval '6 days', current_date + 40, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Data Engineer',
        (select id from company where slug = 'monsoon-data-labs'),
        (select id from role where slug = 'data-engineer'),
        'Bengaluru, India', false, array['FULL_TIME']::varchar(20)[], 'MID',
        1800000, 3000000, 'INR',
$$Monsoon Data Labs builds data platforms for retail, banking and healthcare clients in India and the Middle East. Our Bengaluru team is hiring a data engineer who likes variety: each engagement brings a new source system, a new cloud account and a new set of business questions.

## What you will do
- Build batch pipelines with Spark and Airflow that load client data into Snowflake or BigQuery
- Translate messy source extracts into clean, tested dimensional models
- Tune slow jobs and keep cloud costs visible to clients
- Write handover documentation so client teams can run what we build

## What we look for
- Two to five years of data engineering experience
- Strong SQL and Python, and working knowledge of at least one major cloud
- Experience with dbt or a similar transformation tool
- Comfort speaking with client stakeholders

Hybrid schedule with three office days a week.$$,
        'https://www.monsoon-datalabs.example/careers/data-engineer', null, 'PUBLISHED', now() - interval '12 days', current_date + 35, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Junior Data Engineer',
        (select id from company where slug = 'cedarpoint-health'),
        (select id from role where slug = 'data-engineer'),
        'Columbus, Ohio, USA', false, array['FULL_TIME']::varchar(20)[], 'ENTRY',
        82000, 98000, 'USD',
$$Cedarpoint Health runs twelve clinics and a regional hospital, and our data team feeds everything from staffing forecasts to quality reports. This is an entry-level role with a structured first year: you will pair with a senior engineer, rotate through our main pipelines and take on your own projects as you gain confidence.

## What you will do
- Maintain nightly loads from the scheduling, billing and lab systems into our PostgreSQL warehouse
- Write SQL transformations and tests for reporting tables
- Investigate data quality tickets raised by analysts and clinicians
- Learn how we protect patient data under HIPAA

## What we look for
- A degree in computer science, information systems or a related field, or equivalent project experience
- Good SQL and some Python
- Attention to detail and willingness to ask questions
- Interest in healthcare

Includes tuition support and a 401(k) match.$$,
        'https://www.cedarpoint-health.example/careers/junior-data-engineer', null, 'PUBLISHED', now() - interval '3 days', current_date + 50, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Data Engineer, Grid Telemetry (6-month contract)',
        (select id from company where slug = 'voltaris-energy'),
        (select id from role where slug = 'data-engineer'),
        'Remote (EU time zones)', true, array['CONTRACT']::varchar(20)[], 'MID',
        70000, 85000, 'EUR',
$$Voltaris Energy operates wind and solar parks in Germany, Spain and Portugal. We are migrating turbine and inverter telemetry from an on-premises historian to a cloud lakehouse, and we need an experienced contractor for six months to help finish the job.

## What you will do
- Build ingestion from the historian and SCADA exports into Azure Data Lake and Databricks
- Backfill several years of one-minute readings and verify them against the old system
- Set up partitioning and compaction so analysts can query the data cheaply
- Hand over runbooks to the permanent platform team

## What we look for
- Recent hands-on experience with Spark on Databricks or a similar platform
- Experience with high-volume time-series data
- Python and SQL at a professional level
- Availability for a full-time, six-month engagement

The range shown is the annualized equivalent of the day rate.$$,
        'https://www.voltaris-energy.example/careers/contract-data-engineer-grid', null, 'PUBLISHED', now() - interval '20 days', current_date + 20, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Data Scientist, Pricing',
        (select id from company where slug = 'quillmark-retail-group'),
        (select id from role where slug = 'data-scientist'),
        'Chicago, Illinois, USA', false, array['FULL_TIME']::varchar(20)[], 'MID',
        125000, 155000, 'USD',
$$Quillmark Retail Group sells home goods through 300 stores and a growing online shop. The pricing team decides regular prices and markdowns for more than 40,000 products, and we want a data scientist who can make those decisions more evidence-based.

## What you will do
- Estimate price elasticity by category and region using sales, promotion and competitor data
- Build markdown models that balance sell-through against margin
- Design and read price tests across store clusters
- Present recommendations to merchants and finance in plain language

## What we look for
- Three or more years in applied data science, ideally in retail, pricing or marketplaces
- Strong Python and SQL; experience with regression and causal inference
- Ability to explain trade-offs to non-technical colleagues
- Curiosity about how customers actually shop

Hybrid: two days a week at our Chicago office.$$,
        'https://www.quillmark-retail.example/careers/data-scientist-pricing', null, 'PUBLISHED', now() - interval '8 days', current_date + 45, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Senior Data Scientist, Credit Risk',
        (select id from company where slug = 'harbor-lane-bank'),
        (select id from role where slug = 'data-scientist'),
        'Charlotte, North Carolina, USA', false, array['FULL_TIME']::varchar(20)[], 'SENIOR',
        160000, 195000, 'USD',
$$Harbor Lane Bank is a regional bank with consumer and small-business lending across the Southeast. Our credit risk analytics team builds the scorecards and loss forecasts that set approval policies and capital reserves, and we are adding a senior data scientist.

## What you will do
- Develop and recalibrate probability-of-default and loss models for card and installment portfolios
- Prepare model documentation that stands up to validation and regulatory review
- Compare gradient boosting challengers with existing scorecards, with attention to explainability and fair lending
- Partner with policy teams to turn model output into approval rules

## What we look for
- Five or more years of modeling experience, with at least two in credit or another regulated domain
- Strong Python or SAS plus SQL
- Solid statistics, including survival analysis or logistic regression at depth
- Familiarity with model risk management guidance$$,
        'https://www.harborlanebank.example/careers/senior-data-scientist-credit-risk', null, 'PUBLISHED', now() - interval '15 days', current_date + 40, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Graduate Data Scientist',
        (select id from company where slug = 'arclight-media'),
        (select id from role where slug = 'data-scientist'),
        'London, UK', false, array['FULL_TIME']::varchar(20)[], 'ENTRY',
        38000, 45000, 'GBP',
$$Arclight Media publishes podcasts, news sites and a streaming service with several million monthly users. Our graduate program gives new data scientists two six-month placements, one in audience analytics and one in recommendations, with a dedicated mentor throughout.

## What you will do
- Analyze listening and reading behavior to understand what keeps audiences coming back
- Build and evaluate simple models, for example churn prediction or content tagging
- Help run A/B tests on the app and websites
- Share findings with editors and product managers

## What we look for
- A recent degree in statistics, mathematics, economics, computer science or a similar subject
- Confident Python or R and basic SQL
- A project, dissertation or internship that involved real data
- Interest in media and how people consume it

Start dates in September; visa sponsorship is available.$$,
        'https://www.arclight-media.example/careers/graduate-data-scientist', null, 'PUBLISHED', now() - interval '2 days', current_date + 55, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Director of Data Science, Claims',
        (select id from company where slug = 'brightfield-insurance'),
        (select id from role where slug = 'data-scientist'),
        'Toronto, Ontario, Canada', false, array['FULL_TIME']::varchar(20)[], 'EXECUTIVE',
        190000, 240000, 'CAD',
$$Brightfield Insurance writes home and auto policies across Canada. We are appointing a director to lead our claims data science group of eleven people, covering fraud detection, severity prediction and claims triage.

## What you will do
- Set the group's roadmap with the VP of Claims and agree measurable targets
- Hire, develop and retain data scientists and machine learning engineers
- Oversee model governance, fairness reviews and regulatory reporting
- Work with IT to move models from pilot to production reliably

## What we look for
- Ten or more years in data science, including at least four leading teams
- A track record of models that changed business results, ideally in insurance or financial services
- Strong grounding in statistics and modern machine learning
- Executive-level communication skills; French is an asset

Benefits include a bonus plan and a defined-contribution pension.$$,
        'https://www.brightfield-insurance.example/careers/director-data-science-claims', null, 'PUBLISHED', now() - interval '27 days', current_date + 30, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Data Analyst, Network Operations',
        (select id from company where slug = 'sablewave-telecom'),
        (select id from role where slug = 'data-analyst'),
        'Lyon, France', false, array['FULL_TIME']::varchar(20)[], 'MID',
        null, null, null,
$$Sablewave Telecom runs fiber and mobile networks for about four million customers in France. The network operations team needs a data analyst to help engineers understand outages, capacity and service quality using data we already collect but rarely combine.

## What you will do
- Combine alarm logs, ticket data and traffic statistics into reliable weekly reports
- Investigate recurring outages and quantify their customer impact
- Build Power BI dashboards for regional operations managers
- Suggest and track simple metrics for maintenance planning

## What we look for
- Two or more years of analytics experience with strong SQL
- Skill with Power BI, Tableau or a similar tool
- Some Python or R for analyses that go beyond dashboards
- Professional French and English

Hybrid working and a generous meal allowance.$$,
        'https://www.sablewave-telecom.example/careers/data-analyst-network', null, 'PUBLISHED', now() - interval '10 days', current_date + 45, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Junior Data Analyst (Part-time)',
        (select id from company where slug = 'meridian-civic-analytics'),
        (select id from role where slug = 'data-analyst'),
        'Washington, DC, USA', false, array['PART_TIME']::varchar(20)[], 'ENTRY',
        58000, 70000, 'USD',
$$Meridian Civic Analytics helps city and county governments measure how well their services work, from permit wait times to pothole repairs. This part-time role, about 24 hours a week, suits a graduate student or career changer who wants real public-sector analytics experience.

## What you will do
- Clean and combine service request and budget data from municipal systems
- Produce charts and short summaries for client reports
- Check published figures against source data before release
- Keep clear notes so others can reproduce your work

## What we look for
- Good spreadsheet skills and basic SQL
- Some experience with Python, R or Tableau is a plus
- Careful, organized work habits
- Interest in local government and public services

The salary range is the full-time equivalent; pay is prorated to hours worked. Apply by email with a resume and a short note on why the role interests you.$$,
        null, 'careers@meridian-civic.example', 'PUBLISHED', now() - interval '31 days', current_date + 25, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Data Analyst, Marketing Performance',
        (select id from company where slug = 'copperline-ads'),
        (select id from role where slug = 'data-analyst'),
        'Remote (US time zones)', true, array['FULL_TIME']::varchar(20)[], 'MID',
        78000, 95000, 'USD',
$$Copperline Ads runs paid search and social campaigns for about sixty mid-sized brands. Our analysts are the people clients call when spend goes up and results do not, and we are adding one more to a fully remote team.

## What you will do
- Pull and reconcile data from Google Ads, Meta and client CRM exports
- Build attribution and channel performance reports in Looker
- Explain week-over-week changes in cost per acquisition and return on ad spend
- Support campaign managers with test design and readouts

## What we look for
- Two or more years of marketing or digital analytics experience
- Strong SQL and spreadsheet skills
- Working knowledge of attribution models and their limits
- The ability to write a short, clear summary for a busy client

Home office stipend and four-day weeks in August.$$,
        'https://www.copperline-ads.example/careers/data-analyst-marketing', null, 'PUBLISHED', now() - interval '18 days', current_date + 40, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Data Analyst (12-month fixed term)',
        (select id from company where slug = 'straits-ledger'),
        (select id from role where slug = 'data-analyst'),
        'Singapore', false, array['TEMPORARY']::varchar(20)[], 'MID',
        72000, 90000, 'SGD',
$$Straits Ledger provides payment and treasury software to small businesses in Southeast Asia. While a team member is on extended leave, we need an analyst for twelve months to support the finance and growth teams with reporting and ad hoc analysis.

## What you will do
- Maintain monthly revenue, churn and payment volume reporting
- Answer questions from finance and growth with well-documented SQL analyses
- Improve a handful of slow or fragile Metabase dashboards
- Help prepare board pack figures each quarter

## What we look for
- Two or more years of analyst experience, ideally in fintech or SaaS
- Strong SQL; Python is useful but not required
- Understanding of subscription and transaction metrics
- Ability to start within one month

Extension or conversion to a permanent role is possible.$$,
        'https://www.straitsledger.example/careers/data-analyst-fixed-term', null, 'PUBLISHED', now() - interval '9 days', current_date + 30, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Analytics Engineer',
        (select id from company where slug = 'northwind-analytics'),
        (select id from role where slug = 'analytics-engineer'),
        'Austin, Texas, USA', false, array['FULL_TIME']::varchar(20)[], 'MID',
        120000, 145000, 'USD',
$$Northwind Analytics makes forecasting software for regional distributors. Our internal data team supports sales, finance and customer success, and we want an analytics engineer to own the dbt project that sits between raw data and every report the company reads.

## What you will do
- Design and maintain dbt models in Snowflake for revenue, usage and customer health
- Define metrics once, document them and retire conflicting versions
- Add tests and CI checks so model changes do not silently break dashboards
- Work with analysts to turn recurring requests into self-service datasets

## What we look for
- Two or more years with dbt or a similar SQL-based modeling tool
- Excellent SQL and a solid grasp of dimensional modeling
- Experience with Git-based workflows and code review
- Patience for untangling definitions with business teams

Flexible hours and an annual learning budget of $2,000.$$,
        'https://www.northwind-analytics.example/careers/analytics-engineer', null, 'PUBLISHED', now() - interval '4 days', current_date + 50, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Senior Analytics Engineer',
        (select id from company where slug = 'pixelgrove-games'),
        (select id from role where slug = 'analytics-engineer'),
        'Montreal, Quebec, Canada', false, array['FULL_TIME']::varchar(20)[], 'SENIOR',
        120000, 150000, 'CAD',
$$Pixelgrove Games makes free-to-play mobile puzzle games played by millions of people each day. Our game analytics team needs a senior analytics engineer to rebuild the core player and economy models that designers use to tune levels and offers.

## What you will do
- Redesign session, progression and in-game economy models in BigQuery with dbt
- Set modeling conventions and review the work of other analytics engineers
- Partner with game designers to define retention and monetization metrics
- Reduce query costs on large event tables through better partitioning and incremental models

## What we look for
- Four or more years of analytics engineering or data engineering
- Deep SQL skills and experience with very large event datasets
- Familiarity with product analytics in games or consumer apps
- Clear communication in English; French is a plus

Includes a games library allowance and hybrid work.$$,
        'https://www.pixelgrove-games.example/careers/senior-analytics-engineer', null, 'PUBLISHED', now() - interval '22 days', current_date + 35, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Analytics Engineer (Contract)',
        (select id from company where slug = 'arclight-media'),
        (select id from role where slug = 'analytics-engineer'),
        'Remote (UK)', true, array['CONTRACT']::varchar(20)[], 'MID',
        60000, 75000, 'GBP',
$$Arclight Media is consolidating subscription data from three acquired brands into a single warehouse. We need an analytics engineer on a nine-month contract to model that data consistently so finance and marketing can finally compare like with like.

## What you will do
- Map subscription, billing and cancellation data from three legacy systems
- Build conformed dbt models for subscribers, plans and revenue
- Reconcile new figures with historical finance reports and document differences
- Train in-house analysts on the new models before the contract ends

## What we look for
- Proven delivery of dbt projects in a commercial setting
- Experience with subscription or recurring revenue data
- Strong SQL and a careful approach to reconciliation
- Availability for at least four days a week

The range is the annualized equivalent of the day rate, outside IR35.$$,
        'https://www.arclight-media.example/careers/analytics-engineer-contract', null, 'PUBLISHED', now() - interval '33 days', current_date + 15, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Machine Learning Engineer, Recommendations',
        (select id from company where slug = 'quillmark-retail-group'),
        (select id from role where slug = 'machine-learning-engineer'),
        'Remote (US or Canada)', true, array['FULL_TIME']::varchar(20)[], 'SENIOR',
        170000, 210000, 'USD',
$$Quillmark Retail Group's online shop shows product recommendations on every page, and they drive a meaningful share of revenue. We are looking for a senior machine learning engineer to improve the ranking models and the serving system behind them.

## What you will do
- Train and evaluate candidate retrieval and ranking models on browsing and purchase data
- Own the low-latency serving path, feature pipelines and fallbacks
- Run online experiments with product managers and analyze results
- Raise engineering standards for testing, monitoring and reproducibility

## What we look for
- Five or more years building ML systems in production, ideally recommendations or search
- Strong Python and experience with PyTorch or TensorFlow
- Experience with feature stores, vector search or real-time inference
- Sound judgment about when a simple model is good enough$$,
        'https://www.quillmark-retail.example/careers/ml-engineer-recommendations', null, 'PUBLISHED', now() - interval '9 days', current_date + 45, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Machine Learning Engineer, Fraud Detection',
        (select id from company where slug = 'straits-ledger'),
        (select id from role where slug = 'machine-learning-engineer'),
        'Singapore', false, array['FULL_TIME']::varchar(20)[], 'MID',
        100000, 140000, 'SGD',
$$Straits Ledger processes card and bank transfer payments for thousands of merchants. Our risk team is replacing rule-heavy fraud screening with models that score every transaction in real time, and we need a machine learning engineer to help ship and run them.

## What you will do
- Build features from transaction streams and merchant history
- Train gradient boosting and graph-based models and compare them against existing rules
- Deploy models behind a scoring API with strict latency limits
- Monitor drift, false positive rates and chargeback outcomes with the risk analysts

## What we look for
- Three or more years of ML engineering or data science in production
- Strong Python; experience with XGBoost or LightGBM
- Familiarity with streaming data and model serving
- Interest in payments and financial crime

Annual bonus and a flexible benefits allowance.$$,
        'https://www.straitsledger.example/careers/ml-engineer-fraud', null, 'PUBLISHED', now() - interval '14 days', current_date + 40, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Associate Machine Learning Engineer',
        (select id from company where slug = 'monsoon-data-labs'),
        (select id from role where slug = 'machine-learning-engineer'),
        'Hyderabad, India', false, array['FULL_TIME']::varchar(20)[], 'ENTRY',
        1200000, 1800000, 'INR',
$$Monsoon Data Labs is growing its machine learning practice in Hyderabad. Associates join a twelve-week training track and then work on client projects such as demand forecasting, document classification and churn prediction, with a senior engineer reviewing their work.

## What you will do
- Prepare datasets and features from client data
- Train, tune and evaluate models with scikit-learn and PyTorch
- Package models as APIs or batch jobs and write basic tests
- Document experiments and results for client handover

## What we look for
- A bachelor's or master's degree in computer science, statistics or a related field, graduating in the last two years
- Good Python and a clear understanding of core ML algorithms
- One or two projects you can walk us through in detail
- Willingness to learn cloud tools on the job

Health insurance for you and your family is included.$$,
        'https://www.monsoon-datalabs.example/careers/associate-ml-engineer', null, 'PUBLISHED', now() - interval '25 days', current_date + 30, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('MLOps Engineer',
        (select id from company where slug = 'orchid-foundry-ai'),
        (select id from role where slug = 'mlops-engineer'),
        'Remote (EU time zones)', true, array['FULL_TIME']::varchar(20)[], 'MID',
        70000, 90000, 'EUR',
$$Orchid Foundry AI trains and fine-tunes vision-language models for document-heavy industries. Our research and product teams run hundreds of training and evaluation jobs a week, and we need an MLOps engineer to make that work repeatable, observable and cheaper.

## What you will do
- Run and improve our Kubernetes-based GPU training platform
- Maintain experiment tracking, model registry and dataset versioning
- Automate evaluation pipelines that gate model promotion
- Track GPU utilization and cut waste through scheduling and spot capacity

## What we look for
- Three or more years in MLOps, platform or infrastructure engineering
- Solid experience with Kubernetes, Terraform and a major cloud
- Familiarity with MLflow, Weights & Biases or similar tools
- Enough ML background to talk comfortably with researchers

Fully remote within EU time zones, with two team meetups a year.$$,
        'https://www.orchidfoundry.example/careers/mlops-engineer', null, 'PUBLISHED', now() - interval '5 days', current_date + 50, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Senior MLOps Engineer',
        (select id from company where slug = 'cedarpoint-health'),
        (select id from role where slug = 'mlops-engineer'),
        'Boston, Massachusetts, USA', false, array['FULL_TIME']::varchar(20)[], 'SENIOR',
        165000, 195000, 'USD',
$$Cedarpoint Health uses models to predict no-shows, flag sepsis risk and prioritize imaging reads. As these models move closer to patient care, we need a senior MLOps engineer to build deployment and monitoring practices that clinicians and regulators can trust.

## What you will do
- Design the path from validated model to production, including approvals and audit trails
- Build monitoring for data drift, performance decay and subgroup fairness
- Standardize packaging and deployment on Azure Machine Learning
- Work with clinical informatics on rollback and incident procedures

## What we look for
- Five or more years in software, data or ML platform engineering
- Hands-on experience with CI/CD, containers and cloud ML services
- Understanding of model validation and documentation in regulated settings
- Calm, thorough communication with non-engineers

Hybrid work from our Boston office two days a week.$$,
        'https://www.cedarpoint-health.example/careers/senior-mlops-engineer', null, 'PUBLISHED', now() - interval '19 days', current_date + 40, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('MLOps Engineer (Contract to Hire)',
        (select id from company where slug = 'brightfield-insurance'),
        (select id from role where slug = 'mlops-engineer'),
        'Toronto, Ontario, Canada', false, array['CONTRACT', 'FULL_TIME']::varchar(20)[], 'MID',
        105000, 130000, 'CAD',
$$Brightfield Insurance has a dozen pricing and claims models running as scheduled scripts on virtual machines. We are hiring an MLOps engineer on a six-month contract, with conversion to a permanent role, to move them onto a proper platform.

## What you will do
- Containerize existing models and deploy them through a CI/CD pipeline
- Introduce a model registry and consistent versioning of training data
- Set up monitoring and alerting that the claims and pricing teams can read
- Write playbooks so data scientists can ship new models themselves

## What we look for
- Three or more years in DevOps, data engineering or MLOps
- Experience with Docker, Kubernetes or managed container services
- Python skills and a working understanding of how models are trained
- Interest in staying on permanently after the contract period$$,
        'https://www.brightfield-insurance.example/careers/mlops-engineer', null, 'PUBLISHED', now() - interval '30 days', current_date + 25, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('AI Engineer, LLM Applications',
        (select id from company where slug = 'northwind-analytics'),
        (select id from role where slug = 'ai-engineer'),
        'New York, NY, USA', false, array['FULL_TIME']::varchar(20)[], 'MID',
        140000, 175000, 'USD',
$$Northwind Analytics is adding an assistant to its forecasting product that lets planners ask questions about their data in plain English. We need an AI engineer to build the retrieval, tool-calling and evaluation pieces that make those answers accurate.

## What you will do
- Build retrieval pipelines over customer data, documentation and forecast outputs
- Design prompts and tool calls that query our APIs instead of guessing numbers
- Create evaluation sets and automated checks for accuracy and refusals
- Track latency and cost per conversation and reduce both

## What we look for
- Three or more years of software engineering, with at least one year building LLM features
- Strong Python or TypeScript and API design skills
- Experience with embeddings, vector search and evaluation frameworks
- Healthy skepticism about demos that have not been measured

Hybrid, three days in our Manhattan office.$$,
        'https://www.northwind-analytics.example/careers/ai-engineer-llm', null, 'PUBLISHED', now() - interval '1 day', current_date + 60, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Senior AI Engineer',
        (select id from company where slug = 'lumenlingo'),
        (select id from role where slug = 'ai-engineer'),
        'London, UK', false, array['FULL_TIME']::varchar(20)[], 'SENIOR',
        85000, 110000, 'GBP',
$$LumenLingo builds a language-learning app with conversation practice powered by large language models. We want a senior AI engineer to lead the tutor features: feedback on grammar and pronunciation, adaptive lesson content and safe behavior with younger learners.

## What you will do
- Design and ship LLM-powered tutor features end to end
- Combine hosted and open-weight models to balance quality, latency and cost
- Build guardrails and content filters appropriate for learners aged 13 and up
- Set up offline and online evaluation with our learning scientists

## What we look for
- Six or more years of software engineering, with substantial recent work on LLM products
- Strong Python and experience deploying model-backed services
- Good judgment on privacy and safety
- Interest in education; knowing a second language is a plus

Share options and a language learning budget.$$,
        'https://www.lumenlingo.example/careers/senior-ai-engineer', null, 'PUBLISHED', now() - interval '11 days', current_date + 45, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('AI Engineer, Customer Support Automation',
        (select id from company where slug = 'sablewave-telecom'),
        (select id from role where slug = 'ai-engineer'),
        'Paris, France', false, array['FULL_TIME']::varchar(20)[], 'MID',
        null, null, null,
$$Sablewave Telecom's support centers handle more than a million customer contacts a year. We are building an assistant that drafts replies for agents and answers simple billing questions directly, and we are hiring an AI engineer to join the small team behind it.

## What you will do
- Build retrieval over help articles, tariffs and past resolved tickets in French
- Integrate language models with our CRM and billing APIs
- Measure answer quality with agents and adjust prompts, retrieval and routing
- Make sure personal data is masked and conversations are logged correctly

## What we look for
- Three or more years of backend or ML engineering
- Experience shipping at least one LLM-based feature to real users
- Python and REST API skills
- Fluent French and good English$$,
        'https://www.sablewave-telecom.example/careers/ai-engineer-support', null, 'PUBLISHED', now() - interval '16 days', current_date + 45, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Research Scientist, Multimodal Learning',
        (select id from company where slug = 'orchid-foundry-ai'),
        (select id from role where slug = 'research-scientist'),
        'San Francisco, California, USA', false, array['FULL_TIME']::varchar(20)[], 'SENIOR',
        190000, 250000, 'USD',
$$Orchid Foundry AI's models read contracts, invoices and engineering drawings. Our research team works on how models combine page layout, images and text, and we are hiring a research scientist to set direction on document understanding.

## What you will do
- Propose and lead research on layout-aware and vision-language architectures
- Design pretraining data mixtures and ablation studies
- Publish at major venues when results allow, and transfer wins into product models
- Mentor research engineers and interns

## What we look for
- A PhD in machine learning, computer vision, NLP or a related field, or equivalent research experience
- First-author publications in multimodal learning or document AI
- Fluency in PyTorch and experience training models on multi-GPU clusters
- A collaborative style and clear scientific writing

Equity, relocation support and a conference budget.$$,
        'https://www.orchidfoundry.example/careers/research-scientist-multimodal', null, 'PUBLISHED', now() - interval '7 days', current_date + 50, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Research Scientist, Climate and Energy AI (2-year fixed term)',
        (select id from company where slug = 'fieldnote-research-institute'),
        (select id from role where slug = 'research-scientist'),
        'Cambridge, UK', false, array['FULL_TIME', 'TEMPORARY']::varchar(20)[], 'MID',
        55000, 70000, 'GBP',
$$Fieldnote Research Institute is an independent, grant-funded lab studying machine learning for science. A new two-year program on weather and grid forecasting needs a research scientist who can develop methods and also work closely with meteorologists and grid operators.

## What you will do
- Develop probabilistic forecasting models for weather-driven electricity demand and supply
- Design benchmarks and evaluation protocols with partner organizations
- Write papers and open-source the code and datasets where licenses allow
- Present results at workshops and to funders

## What we look for
- A PhD in machine learning, statistics, atmospheric science or a related field
- Publications involving spatiotemporal or probabilistic modeling
- Strong Python and experience with JAX or PyTorch
- Enthusiasm for interdisciplinary work

Fixed-term contract with a generous pension scheme and flexible hours.$$,
        'https://www.fieldnote-research.example/careers/research-scientist-climate', null, 'PUBLISHED', now() - interval '24 days', current_date + 35, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Machine Learning Research Engineer, Robot Learning',
        (select id from company where slug = 'tessellate-robotics'),
        (select id from role where slug = 'machine-learning-research-engineer'),
        'Pittsburgh, Pennsylvania, USA', false, array['FULL_TIME']::varchar(20)[], 'MID',
        145000, 180000, 'USD',
$$Tessellate Robotics builds mobile manipulators that pick and pack items in warehouses. Our robot learning group turns research ideas into policies that run on real hardware, and we need a research engineer who enjoys both reading papers and debugging on the lab floor.

## What you will do
- Implement and train imitation and reinforcement learning policies for grasping
- Build simulation environments and data pipelines for robot demonstrations
- Run large training experiments and analyze failures on physical robots
- Turn promising prototypes into code that the product team can maintain

## What we look for
- A master's degree or PhD in robotics, machine learning or a related field, or equivalent experience
- Strong Python and PyTorch, plus some C++
- Experience reproducing results from recent papers
- Comfort working with physical hardware and imperfect sensors$$,
        'https://www.tessellate-robotics.example/careers/ml-research-engineer-robot-learning', null, 'PUBLISHED', now() - interval '13 days', current_date + 45, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Machine Learning Research Engineer, Model Evaluation',
        (select id from company where slug = 'fieldnote-research-institute'),
        (select id from role where slug = 'machine-learning-research-engineer'),
        'Cambridge, UK', false, array['FULL_TIME']::varchar(20)[], 'SENIOR',
        80000, 100000, 'GBP',
$$Fieldnote Research Institute maintains public benchmarks used to compare scientific foundation models. We are hiring a senior research engineer to lead the evaluation infrastructure and help researchers design tests that measure what actually matters.

## What you will do
- Own the open-source evaluation harness and keep results reproducible across model versions
- Implement new benchmarks from papers and from partner scientists
- Scale evaluation runs across our GPU cluster and cloud credits
- Co-author papers and technical reports on evaluation methods

## What we look for
- Five or more years of software or ML engineering, including research settings
- Excellent Python and experience with large-scale training or inference
- A track record of open-source contributions
- Rigor about statistics, data contamination and reproducibility

Hybrid working at our Cambridge lab.$$,
        'https://www.fieldnote-research.example/careers/ml-research-engineer-evaluation', null, 'PUBLISHED', now() - interval '35 days', current_date + 25, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Head of Data Architecture',
        (select id from company where slug = 'harbor-lane-bank'),
        (select id from role where slug = 'data-architect'),
        'New York, NY, USA', false, array['FULL_TIME']::varchar(20)[], 'EXECUTIVE',
        null, null, null,
$$Harbor Lane Bank is replacing two aging data warehouses with a single cloud platform over the next three years. We are looking for a Head of Data Architecture to own the target design, lead a team of six architects and keep the program aligned with regulatory expectations.

## What you will do
- Define the enterprise data architecture, standards and reference models
- Chair the design authority that approves new data products and integrations
- Work with risk, compliance and audit on lineage, retention and access control
- Build and lead the architecture team

## What we look for
- Fifteen or more years in data management, with significant time as a lead architect
- Experience designing data platforms in banking or another highly regulated industry
- Deep knowledge of data modeling, governance and cloud warehouses
- Ability to influence senior executives

Compensation is discussed with shortlisted candidates.$$,
        'https://www.harborlanebank.example/careers/head-of-data-architecture', null, 'PUBLISHED', now() - interval '21 days', current_date + 40, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Data Architect',
        (select id from company where slug = 'granite-peak-manufacturing'),
        (select id from role where slug = 'data-architect'),
        'Milwaukee, Wisconsin, USA', false, array['FULL_TIME']::varchar(20)[], 'SENIOR',
        150000, 180000, 'USD',
$$Granite Peak Manufacturing makes industrial pumps and valves in five plants across the Midwest. We are connecting machine data, ERP and quality systems for the first time, and we need a data architect to design how it all fits together.

## What you will do
- Design the data model linking production orders, machine sensors and quality inspections
- Choose integration patterns for ERP, MES and historian systems
- Define naming, ownership and retention rules with IT and operations
- Guide the data engineering partner implementing the platform

## What we look for
- Eight or more years in data engineering or architecture, ideally in manufacturing
- Strong data modeling skills and experience with ER/Studio or a similar tool
- Knowledge of time-series data and operational technology constraints
- Practical, down-to-earth communication with plant staff

Send your resume and a short cover note by email.$$,
        null, 'talent@granitepeak-mfg.example', 'PUBLISHED', now() - interval '28 days', current_date + 30, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Cloud Data Architect (Contract)',
        (select id from company where slug = 'voltaris-energy'),
        (select id from role where slug = 'data-architect'),
        'Hamburg, Germany', false, array['CONTRACT']::varchar(20)[], 'SENIOR',
        90000, 115000, 'EUR',
$$Voltaris Energy is consolidating trading, asset and maintenance data on Azure. We need an experienced data architect on a twelve-month contract to set the target architecture and guide three delivery teams while they build it.

## What you will do
- Define the lakehouse layout, layers and naming conventions
- Design data contracts between source system owners and platform teams
- Set security, access and retention patterns that satisfy GDPR and energy market rules
- Review designs and code from delivery teams and resolve trade-offs

## What we look for
- Several years as a data architect on cloud platforms, preferably Azure and Databricks
- Strong data modeling across relational, dimensional and event-based designs
- Experience in energy, utilities or commodity trading is a plus
- Business-level German and English

The range is the annualized equivalent of the daily rate; hybrid with two days a week in Hamburg.$$,
        'https://www.voltaris-energy.example/careers/cloud-data-architect', null, 'PUBLISHED', now() - interval '38 days', current_date + 12, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('BI Developer (Power BI)',
        (select id from company where slug = 'granite-peak-manufacturing'),
        (select id from role where slug = 'bi-developer'),
        'Grand Rapids, Michigan, USA', false, array['FULL_TIME']::varchar(20)[], 'MID',
        92000, 112000, 'USD',
$$Granite Peak Manufacturing's plant managers run their shifts from Power BI reports on scrap, downtime and on-time delivery. We are hiring a BI developer to modernize those reports and give each plant a consistent, trusted view of performance.

## What you will do
- Build and maintain Power BI datasets, reports and row-level security
- Write DAX measures for OEE, yield and schedule adherence
- Work with plant engineers to understand how metrics are actually used on the floor
- Retire duplicate reports and document the ones that remain

## What we look for
- Three or more years of Power BI development
- Strong SQL and solid DAX
- Experience with manufacturing, supply chain or operations data is a plus
- Willingness to visit plants a few times a quarter

Comprehensive medical coverage and a yearly profit-sharing bonus.$$,
        'https://www.granitepeak-mfg.example/careers/bi-developer', null, 'PUBLISHED', now() - interval '17 days', current_date + 40, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('BI Developer (Tableau)',
        (select id from company where slug = 'monsoon-data-labs'),
        (select id from role where slug = 'bi-developer'),
        'Pune, India', false, array['FULL_TIME']::varchar(20)[], 'MID',
        1000000, 1600000, 'INR',
$$Monsoon Data Labs builds reporting for retail and consumer goods clients who want to see sales, stock and promotions in one place. Our Pune team is hiring a BI developer to design Tableau dashboards that busy category managers actually open every morning.

## What you will do
- Design Tableau dashboards and extracts on top of client data warehouses
- Write SQL views and work with data engineers on the underlying models
- Run short workshops with clients to gather requirements and test prototypes
- Tune slow workbooks and manage publishing on Tableau Server

## What we look for
- Two to four years of Tableau development
- Good SQL and an understanding of star schemas
- A portfolio or examples of dashboards you designed
- Clear spoken and written English

Hybrid work and an annual certification budget.$$,
        'https://www.monsoon-datalabs.example/careers/bi-developer-tableau', null, 'PUBLISHED', now() - interval '26 days', current_date + 35, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('BI Developer (Part-time)',
        (select id from company where slug = 'copperline-ads'),
        (select id from role where slug = 'bi-developer'),
        'Remote (US time zones)', true, array['PART_TIME', 'CONTRACT']::varchar(20)[], 'SENIOR',
        100000, 125000, 'USD',
$$Copperline Ads is looking for an experienced BI developer for about 20 hours a week on a renewable six-month contract. You will own our Looker instance, which serves both internal teams and client-facing dashboards.

## What you will do
- Maintain and extend LookML models for campaign, spend and conversion data
- Build client dashboard templates that account managers can configure themselves
- Manage permissions, content cleanup and performance tuning
- Train account managers on self-service exploration

## What we look for
- Five or more years of BI development, including at least two with Looker
- Strong SQL and experience with BigQuery
- Knowledge of advertising platforms and their data exports
- Reliable availability during US business hours

The range is the full-time equivalent; pay is prorated to hours worked.$$,
        'https://www.copperline-ads.example/careers/bi-developer-part-time', null, 'PUBLISHED', now() - interval '36 days', current_date + 20, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Computer Vision Engineer',
        (select id from company where slug = 'clearsight-vision-systems'),
        (select id from role where slug = 'computer-vision-engineer'),
        'Munich, Germany', false, array['FULL_TIME']::varchar(20)[], 'MID',
        70000, 88000, 'EUR',
$$Clearsight Vision Systems builds inspection cameras that find defects on car body panels and battery cells at line speed. We are hiring a computer vision engineer to improve the detection models and the classical imaging steps around them.

## What you will do
- Train and evaluate defect detection and segmentation models on high-resolution images
- Improve preprocessing, calibration and lighting compensation using OpenCV
- Work with customers' quality engineers to label data and define acceptance criteria
- Deploy models to edge devices and measure speed and accuracy on the line

## What we look for
- Three or more years of computer vision work in industry or applied research
- Strong Python and PyTorch; C++ is a plus
- A good understanding of optics, cameras and image formation
- English required; German helpful

Includes 30 vacation days and a company bike lease.$$,
        'https://www.clearsight-vision.example/careers/computer-vision-engineer', null, 'PUBLISHED', now() - interval '7 days', current_date + 45, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Senior Computer Vision Engineer, Perception',
        (select id from company where slug = 'tessellate-robotics'),
        (select id from role where slug = 'computer-vision-engineer'),
        'Pittsburgh, Pennsylvania, USA', false, array['FULL_TIME']::varchar(20)[], 'SENIOR',
        null, null, null,
$$Tessellate Robotics' picking robots must recognize thousands of different products in cluttered bins, many of them shiny, transparent or deformable. We need a senior computer vision engineer to lead work on the perception stack that makes this possible.

## What you will do
- Own instance segmentation and 6D pose estimation models running on the robots
- Combine RGB and depth data and handle failure cases such as reflections and occlusion
- Set up data collection, labeling and evaluation loops from live deployments
- Optimize models for onboard GPUs with TensorRT or similar tools

## What we look for
- Six or more years in computer vision, with production experience in robotics or autonomy
- Strong C++ and Python
- Deep knowledge of 3D vision and multi-view geometry
- Experience mentoring engineers and leading technical projects$$,
        'https://www.tessellate-robotics.example/careers/senior-cv-engineer-perception', null, 'PUBLISHED', now() - interval '23 days', current_date + 40, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('NLP Engineer',
        (select id from company where slug = 'lumenlingo'),
        (select id from role where slug = 'nlp-engineer'),
        'Edinburgh, UK', false, array['FULL_TIME']::varchar(20)[], 'MID',
        55000, 70000, 'GBP',
$$LumenLingo's Edinburgh team builds the language technology behind exercises in twelve languages: error detection, sentence difficulty scoring and automatic exercise generation. We are hiring an NLP engineer to improve these models, especially for languages with less training data.

## What you will do
- Train and evaluate models for grammatical error detection and text difficulty
- Build data pipelines for multilingual corpora and learner answers
- Fine-tune transformer models and compare them with smaller, cheaper baselines
- Work with linguists to design annotation guidelines

## What we look for
- Two or more years of applied NLP experience
- Strong Python and experience with Hugging Face Transformers or spaCy
- Understanding of tokenization and evaluation for non-English languages
- Interest in linguistics and language learning

Please apply by email with a CV and a link to code you are proud of.$$,
        null, 'jobs@lumenlingo.example', 'PUBLISHED', now() - interval '29 days', current_date + 30, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('NLP Engineer, Clinical Text',
        (select id from company where slug = 'cedarpoint-health'),
        (select id from role where slug = 'nlp-engineer'),
        'Remote (US time zones)', true, array['FULL_TIME']::varchar(20)[], 'SENIOR',
        155000, 185000, 'USD',
$$Most of what clinicians know about a patient is written in notes, not structured fields. Cedarpoint Health is hiring a senior NLP engineer to extract diagnoses, medications and social factors from clinical text so they can support care programs and research.

## What you will do
- Build extraction and classification models for clinical notes and discharge summaries
- Evaluate models against clinician annotations and report error patterns honestly
- Run de-identification pipelines before data leaves the secure environment
- Work with physicians to decide where model output is safe to use

## What we look for
- Five or more years in NLP, with some experience on clinical or biomedical text
- Strong Python and experience with transformer models
- Familiarity with medical vocabularies such as SNOMED CT or RxNorm
- Respect for patient privacy and careful documentation

Fully remote within the United States.$$,
        'https://www.cedarpoint-health.example/careers/nlp-engineer-clinical-text', null, 'PUBLISHED', now() - interval '32 days', current_date + 30, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Deep Learning Engineer, Model Optimization',
        (select id from company where slug = 'clearsight-vision-systems'),
        (select id from role where slug = 'deep-learning-engineer'),
        'Remote (EU time zones)', true, array['FULL_TIME']::varchar(20)[], 'MID',
        75000, 95000, 'EUR',
$$Clearsight Vision Systems runs its inspection models on compact edge computers mounted next to production lines. We need a deep learning engineer to make those models smaller and faster without losing the accuracy our customers depend on.

## What you will do
- Apply quantization, pruning and distillation to detection and segmentation networks
- Benchmark models on NVIDIA Jetson and x86 edge hardware
- Build export and conversion pipelines to ONNX and TensorRT
- Write reproducible training recipes and share results with the vision team

## What we look for
- Three or more years training and deploying deep neural networks
- Strong PyTorch and experience with model compression techniques
- Understanding of GPU performance, memory and profiling tools
- Some C++ and CUDA knowledge is a plus

Remote across EU time zones with quarterly visits to our Munich office.$$,
        'https://www.clearsight-vision.example/careers/deep-learning-engineer-optimization', null, 'PUBLISHED', now() - interval '15 days', current_date + 45, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Deep Learning Engineer Intern',
        (select id from company where slug = 'pixelgrove-games'),
        (select id from role where slug = 'deep-learning-engineer'),
        'Montreal, Quebec, Canada', false, array['INTERNSHIP']::varchar(20)[], 'ENTRY',
        55000, 65000, 'CAD',
$$Pixelgrove Games is offering a four-month internship in its small applied research team. Interns explore how neural networks can help generate and test puzzle levels, from predicting level difficulty to training agents that play through new content.

## What you will do
- Train neural networks that predict how hard a level will be for players
- Experiment with reinforcement learning agents that playtest levels
- Analyze results against real player data
- Present your findings to designers and engineers at the end of the term

## What we look for
- Current enrollment in a bachelor's, master's or PhD program in computer science or a related field
- Experience with PyTorch or TensorFlow from coursework or personal projects
- Solid Python and basic statistics
- Interest in games and game design

The range is the annualized equivalent of the internship stipend.$$,
        'https://www.pixelgrove-games.example/careers/deep-learning-intern', null, 'PUBLISHED', now() - interval '40 days', current_date + 10, null);

-- Expired postings and a draft
insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Data Scientist, Demand Forecasting',
        (select id from company where slug = 'kestrel-logistics'),
        (select id from role where slug = 'data-scientist'),
        'Rotterdam, Netherlands', false, array['FULL_TIME']::varchar(20)[], 'MID',
        62000, 78000, 'EUR',
$$Kestrel Logistics plans warehouse staffing and truck capacity weeks ahead, and better forecasts save real money. We are looking for a data scientist to improve how we forecast shipment volumes per depot and lane.

## What you will do
- Build hierarchical forecasts for daily shipment volumes by depot and customer
- Add holiday, weather and promotion effects to existing models
- Measure forecast accuracy and explain misses to planners
- Automate model retraining with the data engineering team

## What we look for
- Three or more years of time-series forecasting experience
- Strong Python and SQL
- Knowledge of statistical and machine learning forecasting methods
- Clear communication with operational teams$$,
        'https://www.kestrel-logistics.example/careers/data-scientist-forecasting', null, 'PUBLISHED', now() - interval '60 days', current_date - 5, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('BI Developer (Looker)',
        (select id from company where slug = 'copperline-ads'),
        (select id from role where slug = 'bi-developer'),
        'Denver, Colorado, USA', false, array['FULL_TIME']::varchar(20)[], 'MID',
        85000, 105000, 'USD',
$$Copperline Ads was hiring a full-time BI developer to rebuild its internal reporting on Looker after a move from spreadsheets. The role combined modeling, dashboard design and a lot of conversations with account teams.

## What you will do
- Create LookML views and explores for campaign and billing data
- Replace spreadsheet reports with scheduled dashboards
- Define shared metrics with finance and account management
- Train colleagues to explore data on their own

## What we look for
- Two or more years of BI development with Looker or a similar tool
- Strong SQL
- Experience with marketing or advertising data
- A friendly, teaching-oriented approach$$,
        'https://www.copperline-ads.example/careers/bi-developer-looker', null, 'PUBLISHED', now() - interval '200 days', current_date - 120, null);

insert into job (title, company_id, role_id, location, remote, employment_types, experience_level,
                 salary_min, salary_max, currency, description, apply_url, apply_email, status, posted_at,
                 expires_on, featured_until)
values ('Staff Machine Learning Engineer, Search',
        (select id from company where slug = 'northwind-analytics'),
        (select id from role where slug = 'machine-learning-engineer'),
        'Austin, Texas, USA', false, array['FULL_TIME']::varchar(20)[], 'SENIOR',
        190000, 230000, 'USD',
$$Northwind Analytics is planning a search and discovery feature that helps planners find similar products, past forecasts and relevant notes across large catalogs. We expect to hire a staff machine learning engineer to design it from the ground up.

## What you will do
- Define the architecture for hybrid keyword and vector search over catalog data
- Build ranking models and offline evaluation sets with product managers
- Set engineering standards for ML services across the company
- Mentor machine learning and backend engineers

## What we look for
- Eight or more years of engineering, including several building search or recommendation systems
- Strong Python and experience with Elasticsearch, OpenSearch or vector databases
- A record of leading cross-team technical projects
- Pragmatic, well-reasoned technical writing$$,
        'https://www.northwind-analytics.example/careers/staff-ml-engineer-search', null, 'DRAFT', now(), current_date + 30, null);
