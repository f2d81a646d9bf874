-- A. Vocabulary review: role tool and skill lists checked against what job postings for each role ask for,
-- new tools the postings ask for, and one consistent edition of the BLS projections for every role's outlook.
-- Applied after V10. Positions are appended after each role's current maximum, so they never collide.

-- 1. Tools that postings ask for and the vocabulary lacked.
insert into tool (slug, name, category_id)
select t.slug, t.name, c.id
from (values
    ('sql-server',         'Microsoft SQL Server', 'databases'),
    ('azure-data-factory', 'Azure Data Factory',   'etl-tools'),
    ('apache-iceberg',     'Apache Iceberg',       'data-warehouses'),
    ('ray',                'Ray',                  'big-data'),
    ('cuda',               'CUDA',                 'ml-frameworks'),
    ('tensorrt',           'TensorRT',             'ml-frameworks'),
    ('fastapi',            'FastAPI',              'containers')
) as t (slug, name, category_slug)
join tool_category c on c.slug = t.category_slug;

-- 2. Tools per role. ord is the offset after the role's current highest position.
insert into role_tool (role_id, tool_id, position)
select r.id, t.id, (select coalesce(max(rt.position), 0) from role_tool rt where rt.role_id = r.id) + v.ord
from (values
    -- Data Engineer: the warehouse, transformation, orchestration and streaming stack its own text describes.
    ('data-engineer', 'snowflake', 1),
    ('data-engineer', 'google-bigquery', 2),
    ('data-engineer', 'amazon-redshift', 3),
    ('data-engineer', 'databricks-sql', 4),
    ('data-engineer', 'dbt', 5),
    ('data-engineer', 'dagster', 6),
    ('data-engineer', 'prefect', 7),
    ('data-engineer', 'apache-kafka', 8),
    ('data-engineer', 'apache-flink', 9),
    ('data-engineer', 'amazon-kinesis', 10),
    ('data-engineer', 'trino', 11),
    ('data-engineer', 'apache-iceberg', 12),
    ('data-engineer', 'apache-hive', 13),
    ('data-engineer', 'cassandra', 14),
    ('data-engineer', 'polars', 15),
    ('data-engineer', 'azure-data-factory', 16),
    ('data-engineer', 'docker', 17),
    ('data-engineer', 'terraform', 18),
    ('data-engineer', 'git', 19),
    -- Machine Learning Research Engineer: model hub, GPU programming, notebooks.
    ('machine-learning-research-engineer', 'hugging-face-transformers', 1),
    ('machine-learning-research-engineer', 'cuda', 2),
    ('machine-learning-research-engineer', 'jupyter', 3),
    -- Data Scientist: faster dataframes, Spark for large data, experiment tracking.
    ('data-scientist', 'polars', 1),
    ('data-scientist', 'apache-spark', 2),
    ('data-scientist', 'mlflow', 3),
    -- Machine Learning Engineer: feature pipelines, distributed training, serving and online features.
    ('machine-learning-engineer', 'apache-spark', 1),
    ('machine-learning-engineer', 'apache-airflow', 2),
    ('machine-learning-engineer', 'ray', 3),
    ('machine-learning-engineer', 'fastapi', 4),
    ('machine-learning-engineer', 'redis', 5),
    ('machine-learning-engineer', 'apache-kafka', 6),
    ('machine-learning-engineer', 'aws', 7),
    -- Data Analyst: R and the SQL Server estates many employers still run.
    ('data-analyst', 'r', 1),
    ('data-analyst', 'sql-server', 2),
    -- Analytics Engineer: a third common warehouse and the scheduler many dbt projects run under.
    ('analytics-engineer', 'amazon-redshift', 1),
    ('analytics-engineer', 'apache-airflow', 2),
    -- MLOps Engineer: feature store, pipeline scheduling, GPU serving, distributed compute, the three clouds.
    ('mlops-engineer', 'feast', 1),
    ('mlops-engineer', 'apache-airflow', 2),
    ('mlops-engineer', 'vllm', 3),
    ('mlops-engineer', 'ray', 4),
    ('mlops-engineer', 'aws', 5),
    ('mlops-engineer', 'google-cloud-platform', 6),
    ('mlops-engineer', 'microsoft-azure', 7),
    -- AI Engineer: the API layer, keyword and vector search, caching, version control, Azure-hosted models.
    ('ai-engineer', 'fastapi', 1),
    ('ai-engineer', 'postgresql', 2),
    ('ai-engineer', 'redis', 3),
    ('ai-engineer', 'elasticsearch', 4),
    ('ai-engineer', 'git', 5),
    ('ai-engineer', 'microsoft-azure', 6),
    -- Research Scientist: classical baselines and results tables, public code.
    ('research-scientist', 'pandas', 1),
    ('research-scientist', 'scikit-learn', 2),
    ('research-scientist', 'github', 3),
    -- Data Architect: lakehouse platforms, SQL Server estates, event streams, open table formats, the third cloud.
    ('data-architect', 'databricks-sql', 1),
    ('data-architect', 'sql-server', 2),
    ('data-architect', 'apache-kafka', 3),
    ('data-architect', 'apache-iceberg', 4),
    ('data-architect', 'google-cloud-platform', 5),
    ('data-architect', 'azure-data-factory', 6),
    -- BI Developer: SQL Server and Redshift back ends, version-controlled report code.
    ('bi-developer', 'sql-server', 1),
    ('bi-developer', 'amazon-redshift', 2),
    ('bi-developer', 'git', 3),
    -- Computer Vision Engineer: Keras models still common in vision code, and NVIDIA's edge inference stack.
    ('computer-vision-engineer', 'keras', 1),
    ('computer-vision-engineer', 'tensorrt', 2),
    ('computer-vision-engineer', 'cuda', 3),
    -- NLP Engineer: retrieval frameworks, vector search in PostgreSQL, experiment tracking, containers.
    ('nlp-engineer', 'llamaindex', 1),
    ('nlp-engineer', 'pgvector', 2),
    ('nlp-engineer', 'weights-and-biases', 3),
    ('nlp-engineer', 'docker', 4),
    -- Deep Learning Engineer: kernels, optimized inference, distributed training and LLM serving.
    ('deep-learning-engineer', 'keras', 1),
    ('deep-learning-engineer', 'cuda', 2),
    ('deep-learning-engineer', 'tensorrt', 3),
    ('deep-learning-engineer', 'ray', 4),
    ('deep-learning-engineer', 'vllm', 5)
) as v (role_slug, tool_slug, ord)
join role r on r.slug = v.role_slug
join tool t on t.slug = v.tool_slug;

-- 3. Skills per role, with what the postings ask for.
insert into role_skill (role_id, skill_id, position, note)
select r.id, s.id, (select coalesce(max(rs.position), 0) from role_skill rs where rs.role_id = r.id) + v.ord, v.note
from (values
    ('data-engineer', 'streaming-data', 1, 'Kafka topics, consumer groups, windowing and exactly-once delivery with Flink or Spark Structured Streaming'),
    ('data-engineer', 'java', 2, 'reading and writing JVM code for Kafka, Flink and Spark jobs'),
    ('data-engineer', 'scala', 3, 'Spark jobs and libraries on teams with an older Scala codebase'),
    ('data-engineer', 'testing', 4, 'data quality tests, unit tests for transformations and code review'),
    ('data-engineer', 'data-governance', 5, 'access control on sensitive columns, retention rules and lineage'),
    ('machine-learning-research-engineer', 'gpu-optimization', 1, 'profiling training runs, mixed precision and faster data loading'),
    ('machine-learning-research-engineer', 'distributed-computing', 2, 'data and model parallel training across many GPUs'),
    ('machine-learning-research-engineer', 'probability', 3, 'likelihoods, sampling and the probabilistic view of loss functions'),
    ('machine-learning-research-engineer', 'calculus', 4, 'gradients and backpropagation when debugging unstable training'),
    ('machine-learning-research-engineer', 'software-engineering', 5, 'tested, reviewed research code that other people can reuse'),
    ('data-scientist', 'r-language', 1, 'statistical modeling and analysis, still common in pharma, insurance and academia'),
    ('data-scientist', 'probability', 2, 'distributions, Bayesian reasoning and uncertainty in forecasts'),
    ('data-scientist', 'data-preprocessing', 3, 'missing values, outliers, leakage checks and joining messy sources'),
    ('data-scientist', 'data-visualization', 4, 'exploratory plots and clear charts for results'),
    ('data-scientist', 'business-acumen', 5, 'choosing problems whose answer changes a decision'),
    ('machine-learning-engineer', 'sql', 1, 'building training sets and feature tables from the warehouse'),
    ('machine-learning-engineer', 'ci-cd', 2, 'automated tests and releases for training and serving code'),
    ('machine-learning-engineer', 'containerization', 3, 'Docker images and Kubernetes deployments for model services'),
    ('machine-learning-engineer', 'monitoring', 4, 'latency, error rates, drift and prediction quality in production'),
    ('machine-learning-engineer', 'cloud-infrastructure', 5, 'managed training jobs, GPU instances and storage on one cloud'),
    ('data-analyst', 'r-language', 1, 'an alternative to Python for analysis and charts, common in research-heavy teams'),
    ('data-analyst', 'data-preprocessing', 2, 'cleaning exports, fixing types and reconciling totals before analysis'),
    ('data-analyst', 'storytelling', 3, 'turning a finding into a short narrative with one clear recommendation'),
    ('data-analyst', 'business-acumen', 4, 'knowing how revenue, cost and customer metrics are defined'),
    ('data-analyst', 'experiment-design', 5, 'reading out A/B tests and spotting flawed comparisons'),
    ('analytics-engineer', 'python', 1, 'scripts, dbt Python models and small automation jobs'),
    ('analytics-engineer', 'etl-design', 2, 'incremental models, source freshness and late-arriving data'),
    ('analytics-engineer', 'stakeholder-communication', 3, 'agreeing metric definitions with finance, product and marketing'),
    ('mlops-engineer', 'software-engineering', 1, 'maintainable platform code, APIs and internal tooling'),
    ('mlops-engineer', 'testing', 2, 'tests for pipelines, data validation and model quality gates'),
    ('mlops-engineer', 'data-governance', 3, 'access control, audit trails and model approval records'),
    ('ai-engineer', 'nlp', 1, 'tokenization, embeddings and the limits of language models'),
    ('ai-engineer', 'cloud-infrastructure', 2, 'hosting model APIs, secrets, quotas and cost limits'),
    ('ai-engineer', 'ci-cd', 3, 'running evaluation suites automatically before each release'),
    ('research-scientist', 'probability', 1, 'probabilistic models, estimation and generative modeling theory'),
    ('research-scientist', 'calculus', 2, 'optimization theory and deriving gradients and bounds'),
    ('research-scientist', 'experiment-design', 3, 'ablations, baselines and controlled comparisons that support a claim'),
    ('research-scientist', 'machine-learning', 4, 'broad command of classical methods, not only deep learning'),
    ('data-architect', 'business-acumen', 1, 'mapping business processes and priorities to data domains'),
    ('data-architect', 'streaming-data', 2, 'deciding where event streams fit next to batch loads'),
    ('bi-developer', 'data-warehousing', 1, 'star schemas, aggregates and query performance behind reports'),
    ('bi-developer', 'etl-design', 2, 'loading and refreshing report data with SSIS, Azure Data Factory or dbt'),
    ('bi-developer', 'data-governance', 3, 'row-level security, certified datasets and access reviews'),
    ('computer-vision-engineer', 'machine-learning', 1, 'evaluation metrics, class imbalance and classical baselines'),
    ('computer-vision-engineer', 'model-deployment', 2, 'quantized models on edge devices and GPU servers'),
    ('computer-vision-engineer', 'software-engineering', 3, 'production code for camera pipelines and inference services'),
    ('nlp-engineer', 'prompt-engineering', 1, 'prompt design and few-shot examples when fine-tuning is not worth it'),
    ('nlp-engineer', 'model-deployment', 2, 'serving language models with acceptable latency and cost'),
    ('nlp-engineer', 'experiment-design', 3, 'building evaluation sets and comparing models fairly'),
    ('deep-learning-engineer', 'model-deployment', 1, 'quantization, batching and optimized inference runtimes'),
    ('deep-learning-engineer', 'software-engineering', 2, 'maintainable training code, tests and code review')
) as v (role_slug, skill_slug, ord, note)
join role r on r.slug = v.role_slug
join skill s on s.slug = v.skill_slug;

-- 4. Outlooks: one edition for every role, the BLS Employment Projections 2024–34 (published August 2025).
-- Each role points at the BLS occupation that fits it best; roles that share an occupation show the same figure.
--   Software Developers (SOC 15-1252): 1,693,800 jobs in 2024, 1,961,400 projected for 2034, +15.8%, shown as +16%.
--   Data Scientists (SOC 15-2051): 245,900 to 328,300, +33.5%, shown as +34%.
--   Database Architects (SOC 15-1243): 66,900 in 2024, +8.7%, shown as +9%.
--   Computer and Information Research Scientists (SOC 15-1221): 40,300 to 48,300, +19.7%, shown as +20%.
--   All occupations: +3.1%.

update role set
    outlook_figure = '+16%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Software Developers (SOC 15-1252)',
    outlook_period = '2024–34',
    outlook = 'Companies keep adding data sources faster than they can organize them, so engineers who build dependable batch and streaming pipelines on cloud warehouses stay in steady demand. The BLS does not count data engineers as an occupation of their own; the closest fit is Software Developers (SOC 15-1252), which the BLS Employment Projections 2024–34 edition, published in 2025, expects to grow about 16% over the decade, against 3.1% for all occupations. Experienced data engineers often move on to data architecture, platform engineering or engineering management.',
    updated_at = now()
where slug = 'data-engineer';

update role set
    outlook_figure = '+20%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Computer and Information Research Scientists (SOC 15-1221)',
    outlook_period = '2024–34',
    outlook = 'Hiring is concentrated in AI labs, large technology companies and well-funded startups, and competition for each opening is intense. The BLS has no separate category for this job; the closest is Computer and Information Research Scientists (SOC 15-1221), a small occupation of about 40,000 jobs that the BLS Employment Projections 2024–34 edition, published in 2025, expects to grow about 20% over the decade, against 3.1% for all occupations. Candidates with strong open-source code or published results tend to have the most options.',
    updated_at = now()
where slug = 'machine-learning-research-engineer';

update role set
    outlook_figure = '+34%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Data Scientists (SOC 15-2051)',
    outlook_period = '2024–34',
    outlook = 'The BLS occupation Data Scientists (SOC 15-2051) matches this role directly. In its Employment Projections 2024–34 edition, published in 2025, the BLS expects employment to grow about 34%, from roughly 246,000 to 328,000 jobs, which makes it one of the fastest-growing occupations it tracks; the average for all occupations is 3.1%. Entry-level competition has become stiffer, so candidates who pair solid statistics with domain knowledge or production skills stand out.',
    updated_at = now()
where slug = 'data-scientist';

update role set
    outlook_figure = '+16%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Software Developers (SOC 15-1252)',
    outlook_period = '2024–34',
    outlook = 'Demand is strong wherever ML drives revenue, including recommendations, ads, search and risk, and large language models have added a new wave of product work. The BLS has no separate category for this job; the closest is Software Developers (SOC 15-1252), which the BLS Employment Projections 2024–34 edition, published in 2025, expects to grow about 16% over the decade, against 3.1% for all occupations. Engineers who can both model and operate systems in production are the hardest to hire.',
    updated_at = now()
where slug = 'machine-learning-engineer';

update role set
    outlook_figure = '+34%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Data Scientists (SOC 15-2051)',
    outlook_period = '2024–34',
    outlook = 'Nearly every industry hires analysts, so openings are plentiful, although entry-level postings draw many applicants. The BLS does not list data analysts as an occupation of their own; they are classified with Data Scientists (SOC 15-2051), which the BLS Employment Projections 2024–34 edition, published in 2025, expects to grow about 34% over the decade, against 3.1% for all occupations. That figure covers modeling-heavy data science work too, so treat it as an upper bound for reporting roles. Analysts often advance into senior analyst, analytics engineer, data scientist or analytics manager roles.',
    updated_at = now()
where slug = 'data-analyst';

update role set
    outlook_figure = '+9%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Database Architects (SOC 15-1243)',
    outlook_period = '2024–34',
    outlook = 'The role spread quickly alongside cloud warehouses and dbt, and many companies now hire analytics engineers next to or instead of traditional BI developers. There is no BLS category for it; the closest is Database Architects (SOC 15-1243), whose work includes designing warehouse data models, and which the BLS Employment Projections 2024–34 edition, published in 2025, expects to grow about 9% over the decade, against 3.1% for all occupations. Career paths lead to senior analytics engineering, data engineering or data platform leadership.',
    updated_at = now()
where slug = 'analytics-engineer';

update role set
    outlook_figure = '+16%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Software Developers (SOC 15-1252)',
    outlook_period = '2024–34',
    outlook = 'As more companies run dozens of models in production, dedicated ML platform and MLOps teams have become common, and generative AI has added work on GPU serving and model governance. The BLS has no separate category for this job; the closest is Software Developers (SOC 15-1252), which the BLS Employment Projections 2024–34 edition, published in 2025, expects to grow about 16% over the decade, against 3.1% for all occupations. Hands-on experience with Kubernetes, cloud infrastructure and production ML together is a scarce combination.',
    updated_at = now()
where slug = 'mlops-engineer';

update role set
    outlook_figure = '+16%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Software Developers (SOC 15-1252)',
    outlook_period = '2024–34',
    outlook = 'Demand for AI Engineers has risen quickly since generative AI moved into mainstream products, and many companies now hire for the title directly. The BLS does not track the title separately; the closest fit is Software Developers (SOC 15-1252), which the BLS Employment Projections 2024–34 edition, published in 2025, expects to grow about 16% over the decade, against 3.1% for all occupations. Candidates who can show measured evaluation results, not only demos, tend to stand out.',
    updated_at = now()
where slug = 'ai-engineer';

update role set
    outlook_figure = '+20%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Computer and Information Research Scientists (SOC 15-1221)',
    outlook_period = '2024–34',
    outlook = 'The closest BLS occupation is Computer and Information Research Scientists (SOC 15-1221), which the BLS Employment Projections 2024–34 edition, published in 2025, expects to grow about 20% over the decade, from roughly 40,000 to 48,000 jobs, against 3.1% for all occupations. Openings cluster at large technology companies, AI labs and universities, and competition for them is intense. A PhD and a visible publication record remain the usual way in.',
    updated_at = now()
where slug = 'research-scientist';

update role set
    outlook_figure = '+9%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Database Architects (SOC 15-1243)',
    outlook_period = '2024–34',
    outlook = 'The closest BLS occupation is Database Architects (SOC 15-1243), which the BLS Employment Projections 2024–34 edition, published in 2025, expects to grow about 9% over the decade, against 3.1% for all occupations; the broader Occupational Outlook Handbook group that also includes database administrators is projected at only 4%, because administration work is shrinking. Cloud migrations, stricter privacy rules and the push to make company data usable for AI keep architects in demand. Most people reach the role after several years as data engineers, database administrators or BI developers.',
    updated_at = now()
where slug = 'data-architect';

update role set
    outlook_figure = '+34%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Data Scientists (SOC 15-2051)',
    outlook_period = '2024–34',
    outlook = 'Nearly every mid-sized and large organization runs a BI platform, so demand for BI Developers is steady across industries. The BLS classifies business intelligence work with Data Scientists (SOC 15-2051), which the BLS Employment Projections 2024–34 edition, published in 2025, expects to grow about 34% over the decade, against 3.1% for all occupations; BI work involves less statistical modeling than that occupation as a whole, so read the figure as generous. Self-service tools are shifting the job toward governed data models and metric definitions rather than one-off reports.',
    updated_at = now()
where slug = 'bi-developer';

update role set
    outlook_figure = '+20%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Computer and Information Research Scientists (SOC 15-1221)',
    outlook_period = '2024–34',
    outlook = 'Vision systems are spreading through manufacturing, retail, healthcare, agriculture and transportation, which keeps demand for specialists healthy. The closest BLS occupation is Computer and Information Research Scientists (SOC 15-1221), which the BLS Employment Projections 2024–34 edition, published in 2025, expects to grow about 20% over the decade, against 3.1% for all occupations; engineers who mainly ship products may instead be counted as software developers (+16%). Engineers who can deploy models on edge hardware, and not only train them, are especially sought after.',
    updated_at = now()
where slug = 'computer-vision-engineer';

update role set
    outlook_figure = '+20%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Computer and Information Research Scientists (SOC 15-1221)',
    outlook_period = '2024–34',
    outlook = 'Large language models have widened the range of language products companies can build, and demand for engineers who understand text data has grown with it. The closest BLS occupation is Computer and Information Research Scientists (SOC 15-1221), which the BLS Employment Projections 2024–34 edition, published in 2025, expects to grow about 20% over the decade, against 3.1% for all occupations. Many NLP roles now overlap with AI Engineer work, so skills in both fine-tuning and LLM application design are valuable.',
    updated_at = now()
where slug = 'nlp-engineer';

update role set
    outlook_figure = '+20%',
    outlook_source = 'U.S. Bureau of Labor Statistics, Employment Projections 2024–34: Computer and Information Research Scientists (SOC 15-1221)',
    outlook_period = '2024–34',
    outlook = 'Training and serving large neural networks is expensive, so companies value engineers who can make it faster and cheaper. The closest BLS occupation is Computer and Information Research Scientists (SOC 15-1221), which the BLS Employment Projections 2024–34 edition, published in 2025, expects to grow about 20% over the decade, against 3.1% for all occupations. Hands-on experience with distributed training and GPU performance is scarce and tends to attract strong offers.',
    updated_at = now()
where slug = 'deep-learning-engineer';

-- 5. Guards: every tool and every skill belongs to at least one role, and every role now cites the 2024–34 edition.
-- No tool is deliberately left without a role.
do $$
declare
    orphans text;
begin
    select string_agg(t.slug, ', ' order by t.slug) into orphans
    from tool t where not exists (select 1 from role_tool rt where rt.tool_id = t.id);
    if orphans is not null then
        raise exception 'tools without a role: %', orphans;
    end if;
    select string_agg(s.slug, ', ' order by s.slug) into orphans
    from skill s where not exists (select 1 from role_skill rs where rs.skill_id = s.id);
    if orphans is not null then
        raise exception 'skills without a role: %', orphans;
    end if;
    select string_agg(r.slug, ', ' order by r.slug) into orphans
    from role r where r.outlook_period <> '2024–34';
    if orphans is not null then
        raise exception 'roles not on the 2024–34 edition: %', orphans;
    end if;
end;
$$;
