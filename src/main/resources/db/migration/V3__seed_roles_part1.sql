-- Career Atlas seed data: roles, part 1 (7 roles) with their responsibilities, education,
-- tips, skills, tools and industries. Depends on the vocabularies from V2.

-- Data Engineer
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period) values (
    'data-engineer', 'Data Engineer', (select id from role_family where slug = 'data-engineering'),
    'Data engineers build and run the pipelines, warehouses and platforms that turn raw data into reliable, queryable tables for analysts, data scientists and applications.',
    'A data engineer builds the systems that collect data from applications, vendors and devices, land it in storage, and reshape it into tables other teams can trust. The job is closer to backend software engineering than to analysis: most days go into code, schemas, scheduling and fixing jobs that broke overnight. Good data engineers care about correctness and cost as much as speed.',
    'Companies keep adding data sources faster than they can organize them, so people who can build dependable pipelines stay in steady demand, especially those comfortable with cloud warehouses and streaming. The U.S. Bureau of Labor Statistics does not count data engineers as a separate occupation; the +22% projection for 2020–2030 is the figure for software developers, the closest BLS category for this work. Experienced data engineers often move on to data architecture, platform engineering or engineering management.',
    '+22%', 'U.S. Bureau of Labor Statistics', '2020–2030');

insert into role_item (role_id, section, position, body) values
    ((select id from role where slug = 'data-engineer'), 'RESPONSIBILITY', 1, 'Build batch and streaming pipelines that pull data from production databases, APIs, event logs and third-party tools into a central store.'),
    ((select id from role where slug = 'data-engineer'), 'RESPONSIBILITY', 2, 'Design warehouse and lakehouse tables, choosing partitioning, file formats and naming so that queries stay fast and affordable.'),
    ((select id from role where slug = 'data-engineer'), 'RESPONSIBILITY', 3, 'Write automated checks for freshness, row counts, nulls and duplicates, and alert the owners when a source starts misbehaving.'),
    ((select id from role where slug = 'data-engineer'), 'RESPONSIBILITY', 4, 'Schedule and monitor jobs with an orchestrator, handling retries, backfills and dependencies between datasets.'),
    ((select id from role where slug = 'data-engineer'), 'RESPONSIBILITY', 5, 'Agree with analysts, data scientists and product engineers on what each dataset means and how quickly it must arrive.'),
    ((select id from role where slug = 'data-engineer'), 'RESPONSIBILITY', 6, 'Restrict access to sensitive fields and keep cloud compute and storage spending under control.'),
    ((select id from role where slug = 'data-engineer'), 'EDUCATION', 1, 'Most hires hold a bachelor''s degree in computer science, software engineering, information systems or another quantitative subject.'),
    ((select id from role where slug = 'data-engineer'), 'EDUCATION', 2, 'Many people reach the role from backend development, database administration or analytics work rather than straight from school; a master''s degree or a big data certificate can speed the switch.'),
    ((select id from role where slug = 'data-engineer'), 'EDUCATION', 3, 'Cloud credentials such as the AWS, Google Cloud, Azure, Databricks or Snowflake data engineering certifications show platform knowledge but rarely replace project experience.');

insert into role_tip (role_id, position, title, body) values
    ((select id from role where slug = 'data-engineer'), 1, 'Get fluent in SQL', 'Practice joins, window functions and aggregations on a real public dataset until you can reason about query plans. Nearly every interview includes a live SQL exercise.'),
    ((select id from role where slug = 'data-engineer'), 2, 'Build one end-to-end pipeline', 'Pick a public API, load it on a schedule into PostgreSQL or a free warehouse tier, transform it, and publish the code on GitHub with a README that explains your design choices.'),
    ((select id from role where slug = 'data-engineer'), 3, 'Learn one cloud well', 'Choose AWS, Google Cloud or Azure and study its storage, identity and compute services in depth. The concepts transfer to the other two.'),
    ((select id from role where slug = 'data-engineer'), 4, 'Treat data like production code', 'Add tests, version control and code review to your projects, and talk to other data engineers at meetups or online communities about how they do it. Employers want people who prevent broken dashboards.');

insert into role_skill (role_id, skill_id, position, note) values
    ((select id from role where slug = 'data-engineer'), (select id from skill where slug = 'sql'), 1, 'joins, window functions, query plans and warehouse-specific dialects'),
    ((select id from role where slug = 'data-engineer'), (select id from skill where slug = 'python'), 2, 'ingestion scripts, API clients and PySpark jobs; Java or Scala helps on JVM-heavy stacks'),
    ((select id from role where slug = 'data-engineer'), (select id from skill where slug = 'etl-design'), 3, 'idempotent loads, incremental processing, backfills and handling late data'),
    ((select id from role where slug = 'data-engineer'), (select id from skill where slug = 'data-modeling'), 4, 'dimensional models, slowly changing dimensions and lakehouse table layouts'),
    ((select id from role where slug = 'data-engineer'), (select id from skill where slug = 'data-warehousing'), 5, 'partitioning, clustering and cost control in Redshift, BigQuery or Snowflake'),
    ((select id from role where slug = 'data-engineer'), (select id from skill where slug = 'distributed-computing'), 6, 'parallel processing of large datasets with Spark and Hadoop-era tools'),
    ((select id from role where slug = 'data-engineer'), (select id from skill where slug = 'cloud-infrastructure'), 7, 'object storage, IAM permissions and managed data services');

insert into role_tool (role_id, tool_id, position) values
    ((select id from role where slug = 'data-engineer'), (select id from tool where slug = 'postgresql'), 1),
    ((select id from role where slug = 'data-engineer'), (select id from tool where slug = 'mysql'), 2),
    ((select id from role where slug = 'data-engineer'), (select id from tool where slug = 'mongodb'), 3),
    ((select id from role where slug = 'data-engineer'), (select id from tool where slug = 'apache-nifi'), 4),
    ((select id from role where slug = 'data-engineer'), (select id from tool where slug = 'talend'), 5),
    ((select id from role where slug = 'data-engineer'), (select id from tool where slug = 'informatica'), 6),
    ((select id from role where slug = 'data-engineer'), (select id from tool where slug = 'apache-hadoop'), 7),
    ((select id from role where slug = 'data-engineer'), (select id from tool where slug = 'apache-spark'), 8),
    ((select id from role where slug = 'data-engineer'), (select id from tool where slug = 'apache-airflow'), 9),
    ((select id from role where slug = 'data-engineer'), (select id from tool where slug = 'aws'), 10),
    ((select id from role where slug = 'data-engineer'), (select id from tool where slug = 'google-cloud-platform'), 11),
    ((select id from role where slug = 'data-engineer'), (select id from tool where slug = 'microsoft-azure'), 12);

insert into role_industry (role_id, industry_id, position, note) values
    ((select id from role where slug = 'data-engineer'), (select id from industry where slug = 'technology'), 1, 'product event data and internal data platforms'),
    ((select id from role where slug = 'data-engineer'), (select id from industry where slug = 'finance'), 2, 'transaction, risk and regulatory reporting pipelines'),
    ((select id from role where slug = 'data-engineer'), (select id from industry where slug = 'healthcare'), 3, 'clinical and claims data platforms'),
    ((select id from role where slug = 'data-engineer'), (select id from industry where slug = 'retail'), 4, 'order, inventory and clickstream pipelines'),
    ((select id from role where slug = 'data-engineer'), (select id from industry where slug = 'telecommunications'), 5, 'high-volume network usage and billing data'),
    ((select id from role where slug = 'data-engineer'), (select id from industry where slug = 'logistics'), 6, 'shipment tracking and fleet telemetry feeds');

-- Machine Learning Research Engineer
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period) values (
    'machine-learning-research-engineer', 'Machine Learning Research Engineer', (select id from role_family where slug = 'research'),
    'ML research engineers turn new model ideas into working code, run large experiments and help research teams carry promising methods toward real products.',
    'A machine learning research engineer works between research scientists and product engineers. They implement new architectures and training methods, build the experiment infrastructure that lets a team test ideas quickly, and measure carefully whether an idea really helps. Compared with a research scientist, the emphasis is on engineering quality, scale and reproducibility rather than on proposing the core hypothesis.',
    'Hiring is concentrated in AI labs, large technology companies and well-funded startups, and competition for openings is intense. The closest BLS category is computer and information research scientists, projected to grow 26% from 2023 to 2033, much faster than the average for all occupations. Candidates with strong open-source code or published results tend to have the most options.',
    '+26%', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Computer and Information Research Scientists', '2023–2033');

insert into role_item (role_id, section, position, body) values
    ((select id from role where slug = 'machine-learning-research-engineer'), 'RESPONSIBILITY', 1, 'Implement model architectures and training techniques from recent papers or from proposals by the team''s scientists.'),
    ((select id from role where slug = 'machine-learning-research-engineer'), 'RESPONSIBILITY', 2, 'Plan and run experiments with baselines and ablations, and report results with honest measures of variance.'),
    ((select id from role where slug = 'machine-learning-research-engineer'), 'RESPONSIBILITY', 3, 'Build and maintain training and evaluation code that scales across many GPUs without losing reproducibility.'),
    ((select id from role where slug = 'machine-learning-research-engineer'), 'RESPONSIBILITY', 4, 'Prepare datasets by collecting, filtering, deduplicating and documenting the data that models learn from.'),
    ((select id from role where slug = 'machine-learning-research-engineer'), 'RESPONSIBILITY', 5, 'Profile and speed up training and inference, for example with mixed precision, faster data loading or custom kernels.'),
    ((select id from role where slug = 'machine-learning-research-engineer'), 'RESPONSIBILITY', 6, 'Hand working methods over to product teams together with documentation and reference code they can build on.'),
    ((select id from role where slug = 'machine-learning-research-engineer'), 'EDUCATION', 1, 'A bachelor''s degree in computer science, mathematics, physics or electrical engineering is the usual minimum.'),
    ((select id from role where slug = 'machine-learning-research-engineer'), 'EDUCATION', 2, 'Many employers prefer a master''s or PhD with machine learning research experience, although strong engineers without one are hired on the strength of public code and results.'),
    ((select id from role where slug = 'machine-learning-research-engineer'), 'EDUCATION', 3, 'Coursework or self-study in optimization, probability and numerical computing pays off daily in this job.');

insert into role_tip (role_id, position, title, body) values
    ((select id from role where slug = 'machine-learning-research-engineer'), 1, 'Master the core math', 'Get comfortable with linear algebra, probability, statistics and the calculus behind gradient descent. You will need them to debug training runs, not only to pass interviews.'),
    ((select id from role where slug = 'machine-learning-research-engineer'), 2, 'Reimplement a paper', 'Reproduce the main result of a well-known paper from scratch in PyTorch or JAX, and write up where your numbers differ and why.'),
    ((select id from role where slug = 'machine-learning-research-engineer'), 3, 'Contribute to open source', 'Fix bugs or add features in a widely used ML library. Maintainer reviews teach engineering standards, and your GitHub history gives hiring teams public evidence of your work.'),
    ((select id from role where slug = 'machine-learning-research-engineer'), 4, 'Read papers on a schedule', 'Reserve time each week for new papers in your area and keep short notes on each idea and how it was evaluated.');

insert into role_skill (role_id, skill_id, position, note) values
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from skill where slug = 'python'), 1, 'research code in PyTorch or JAX plus tooling for data and experiments'),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from skill where slug = 'deep-learning'), 2, 'architectures, optimizers, training dynamics and scaling behavior'),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from skill where slug = 'linear-algebra'), 3, 'matrix calculus, decompositions and reasoning about tensor shapes'),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from skill where slug = 'statistics'), 4, 'judging whether a gain is real across seeds and benchmark noise'),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from skill where slug = 'experiment-design'), 5, 'ablations, strong baselines and controlled comparisons'),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from skill where slug = 'data-preprocessing'), 6, 'filtering, deduplicating and tokenizing training corpora'),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from skill where slug = 'paper-implementation'), 7, 'turning a paper''s method section into verified, working code');

insert into role_tool (role_id, tool_id, position) values
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from tool where slug = 'pytorch'), 1),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from tool where slug = 'tensorflow'), 2),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from tool where slug = 'jax'), 3),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from tool where slug = 'scikit-learn'), 4),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from tool where slug = 'pandas'), 5),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from tool where slug = 'numpy'), 6),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from tool where slug = 'matplotlib'), 7),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from tool where slug = 'weights-and-biases'), 8),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from tool where slug = 'git'), 9),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from tool where slug = 'github'), 10),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from tool where slug = 'aws-sagemaker'), 11),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from tool where slug = 'google-vertex-ai'), 12);

insert into role_industry (role_id, industry_id, position, note) values
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from industry where slug = 'technology'), 1, 'foundation model and platform research teams'),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from industry where slug = 'automotive'), 2, 'perception and planning for self-driving vehicles'),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from industry where slug = 'healthcare'), 3, 'medical imaging and diagnostic models'),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from industry where slug = 'finance'), 4, 'trading signals and forecasting research'),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from industry where slug = 'robotics'), 5, 'learned control and manipulation'),
    ((select id from role where slug = 'machine-learning-research-engineer'), (select id from industry where slug = 'academia'), 6, 'university and nonprofit AI labs');

-- Data Scientist
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period) values (
    'data-scientist', 'Data Scientist', (select id from role_family where slug = 'data-science-analytics'),
    'Data scientists use statistics, machine learning and domain knowledge to answer business questions, build predictive models and measure what works.',
    'A data scientist turns messy data into evidence that helps people decide. Depending on the company, that means designing and analyzing experiments, building forecasting or classification models, or digging into why a metric moved. The role blends statistics, programming and the ability to explain results to people who do not work with data.',
    'Data scientists are among the fastest-growing occupations the BLS tracks, with employment projected to rise 36% from 2023 to 2033; the BLS data scientists category matches this role directly, so it is also the closest category. Entry-level competition has become stiffer, so candidates who pair solid statistics with domain knowledge or production skills stand out.',
    '+36%', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Data Scientists', '2023–2033');

insert into role_item (role_id, section, position, body) values
    ((select id from role where slug = 'data-scientist'), 'RESPONSIBILITY', 1, 'Frame vague business questions as analyses or models with a clear measure of success.'),
    ((select id from role where slug = 'data-scientist'), 'RESPONSIBILITY', 2, 'Pull, clean and explore data with SQL and Python to learn its quirks before any modeling starts.'),
    ((select id from role where slug = 'data-scientist'), 'RESPONSIBILITY', 3, 'Design A/B tests and other experiments, and analyze the results with suitable statistical methods.'),
    ((select id from role where slug = 'data-scientist'), 'RESPONSIBILITY', 4, 'Build and validate predictive models for problems such as churn, demand forecasting or fraud.'),
    ((select id from role where slug = 'data-scientist'), 'RESPONSIBILITY', 5, 'Present findings in plain language, with charts that show uncertainty as well as the headline number.'),
    ((select id from role where slug = 'data-scientist'), 'RESPONSIBILITY', 6, 'Work with engineers to get useful models and metrics into production services or dashboards.'),
    ((select id from role where slug = 'data-scientist'), 'EDUCATION', 1, 'Common degrees are statistics, mathematics, computer science, economics, physics or another quantitative field.'),
    ((select id from role where slug = 'data-scientist'), 'EDUCATION', 2, 'A master''s degree is frequent among hires, and PhDs are common on research-heavy or experimentation teams.'),
    ((select id from role where slug = 'data-scientist'), 'EDUCATION', 3, 'Bootcamp graduates do get hired, usually after building a portfolio of analyses on real, untidy data.');

insert into role_tip (role_id, position, title, body) values
    ((select id from role where slug = 'data-scientist'), 1, 'Learn statistics before algorithms', 'Hypothesis tests, confidence intervals, regression and sampling bias come up at work more often than the newest model, and interviewers probe them hard.'),
    ((select id from role where slug = 'data-scientist'), 2, 'Answer real questions', 'Build portfolio projects around a question someone would pay to have answered, and state the decision your analysis supports.'),
    ((select id from role where slug = 'data-scientist'), 3, 'Write SQL every day', 'Most data science work starts with a query. Being quick and accurate in SQL makes you useful from the first week.'),
    ((select id from role where slug = 'data-scientist'), 4, 'Practice explaining results', 'Summarize each project in one paragraph a manager could act on. Clear communication often decides who gets promoted.');

insert into role_skill (role_id, skill_id, position, note) values
    ((select id from role where slug = 'data-scientist'), (select id from skill where slug = 'python'), 1, 'Pandas, scikit-learn and notebooks for analysis and modeling'),
    ((select id from role where slug = 'data-scientist'), (select id from skill where slug = 'sql'), 2, 'cohort, funnel and aggregation queries against the warehouse'),
    ((select id from role where slug = 'data-scientist'), (select id from skill where slug = 'statistics'), 3, 'inference, regression and causal reasoning'),
    ((select id from role where slug = 'data-scientist'), (select id from skill where slug = 'machine-learning'), 4, 'supervised models, cross-validation and avoiding leakage'),
    ((select id from role where slug = 'data-scientist'), (select id from skill where slug = 'experiment-design'), 5, 'sample sizing, A/B test analysis and pitfalls such as peeking'),
    ((select id from role where slug = 'data-scientist'), (select id from skill where slug = 'feature-engineering'), 6, 'building informative variables from raw behavioral data'),
    ((select id from role where slug = 'data-scientist'), (select id from skill where slug = 'storytelling'), 7, 'turning results into a recommendation with honest caveats');

insert into role_tool (role_id, tool_id, position) values
    ((select id from role where slug = 'data-scientist'), (select id from tool where slug = 'pandas'), 1),
    ((select id from role where slug = 'data-scientist'), (select id from tool where slug = 'numpy'), 2),
    ((select id from role where slug = 'data-scientist'), (select id from tool where slug = 'jupyter'), 3),
    ((select id from role where slug = 'data-scientist'), (select id from tool where slug = 'matplotlib'), 4),
    ((select id from role where slug = 'data-scientist'), (select id from tool where slug = 'r'), 5),
    ((select id from role where slug = 'data-scientist'), (select id from tool where slug = 'scikit-learn'), 6),
    ((select id from role where slug = 'data-scientist'), (select id from tool where slug = 'xgboost'), 7),
    ((select id from role where slug = 'data-scientist'), (select id from tool where slug = 'snowflake'), 8),
    ((select id from role where slug = 'data-scientist'), (select id from tool where slug = 'google-bigquery'), 9),
    ((select id from role where slug = 'data-scientist'), (select id from tool where slug = 'tableau'), 10),
    ((select id from role where slug = 'data-scientist'), (select id from tool where slug = 'git'), 11);

insert into role_industry (role_id, industry_id, position, note) values
    ((select id from role where slug = 'data-scientist'), (select id from industry where slug = 'technology'), 1, 'product analytics and experimentation'),
    ((select id from role where slug = 'data-scientist'), (select id from industry where slug = 'finance'), 2, 'credit risk and fraud models'),
    ((select id from role where slug = 'data-scientist'), (select id from industry where slug = 'healthcare'), 3, 'patient outcome and clinical trial analysis'),
    ((select id from role where slug = 'data-scientist'), (select id from industry where slug = 'retail'), 4, 'demand forecasting and recommendations'),
    ((select id from role where slug = 'data-scientist'), (select id from industry where slug = 'insurance'), 5, 'pricing and claims prediction'),
    ((select id from role where slug = 'data-scientist'), (select id from industry where slug = 'advertising'), 6, 'attribution and audience targeting');

-- Machine Learning Engineer
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period) values (
    'machine-learning-engineer', 'Machine Learning Engineer', (select id from role_family where slug = 'machine-learning'),
    'Machine learning engineers build, deploy and maintain the models behind product features such as search ranking, recommendations and fraud detection.',
    'A machine learning engineer takes models from a notebook to a dependable production system. The work covers feature pipelines, training code, serving infrastructure and the monitoring that catches a model going stale. It suits software engineers who enjoy applied ML and data scientists who want to ship what they build.',
    'Demand is strong wherever ML drives revenue, including recommendations, ads, search and risk, and large language models have added a new wave of product work. The BLS has no separate category for this job; the closest is software developers, quality assurance analysts and testers, projected to grow 17% from 2023 to 2033, much faster than average. Engineers who can both model and operate systems in production are the hardest to hire.',
    '+17%', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Software Developers, Quality Assurance Analysts, and Testers', '2023–2033');

insert into role_item (role_id, section, position, body) values
    ((select id from role where slug = 'machine-learning-engineer'), 'RESPONSIBILITY', 1, 'Turn prototype models into production services or batch jobs with tests, logging and clear interfaces.'),
    ((select id from role where slug = 'machine-learning-engineer'), 'RESPONSIBILITY', 2, 'Build feature pipelines that compute identical values for training and for live predictions.'),
    ((select id from role where slug = 'machine-learning-engineer'), 'RESPONSIBILITY', 3, 'Train, tune and evaluate models, and compare each one against a simple baseline before it ships.'),
    ((select id from role where slug = 'machine-learning-engineer'), 'RESPONSIBILITY', 4, 'Set up model serving that meets latency and cost targets, using batching, caching or smaller models where needed.'),
    ((select id from role where slug = 'machine-learning-engineer'), 'RESPONSIBILITY', 5, 'Monitor prediction quality and data drift, and retrain or roll back when performance drops.'),
    ((select id from role where slug = 'machine-learning-engineer'), 'RESPONSIBILITY', 6, 'Help product managers and data scientists decide which problems are worth solving with ML at all.'),
    ((select id from role where slug = 'machine-learning-engineer'), 'EDUCATION', 1, 'Most have a bachelor''s or master''s degree in computer science, software engineering, mathematics or a related field.'),
    ((select id from role where slug = 'machine-learning-engineer'), 'EDUCATION', 2, 'A common path is several years as a software engineer followed by ML coursework or an internal move onto an ML team.'),
    ((select id from role where slug = 'machine-learning-engineer'), 'EDUCATION', 3, 'A PhD is rarely required, but graduate ML coursework helps on ranking, recommendation and other modeling-heavy teams.');

insert into role_tip (role_id, position, title, body) values
    ((select id from role where slug = 'machine-learning-engineer'), 1, 'Be a solid software engineer', 'Coding, testing and system design interviews are part of most ML engineering loops. Prepare for them as seriously as for the ML questions.'),
    ((select id from role where slug = 'machine-learning-engineer'), 2, 'Deploy a model end to end', 'Train a simple model, wrap it in an API, package it with Docker and deploy it to a cloud service. Then add monitoring and write about what broke.'),
    ((select id from role where slug = 'machine-learning-engineer'), 3, 'Know the classic models', 'Gradient-boosted trees, logistic regression and embeddings solve many production problems. Learn when they beat a deep network.'),
    ((select id from role where slug = 'machine-learning-engineer'), 4, 'Measure business impact', 'Tie each model to a metric such as conversion or fraud losses. Teams value engineers who can show that a model paid for itself.');

insert into role_skill (role_id, skill_id, position, note) values
    ((select id from role where slug = 'machine-learning-engineer'), (select id from skill where slug = 'python'), 1, 'production-quality Python, packaging and profiling'),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from skill where slug = 'machine-learning'), 2, 'model selection, evaluation and error analysis'),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from skill where slug = 'deep-learning'), 3, 'training and fine-tuning neural networks in PyTorch or TensorFlow'),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from skill where slug = 'statistics'), 4, 'evaluation metrics, calibration and offline versus online gaps'),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from skill where slug = 'feature-engineering'), 5, 'consistent features for offline training and online serving'),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from skill where slug = 'software-engineering'), 6, 'APIs, design reviews and maintainable codebases'),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from skill where slug = 'model-deployment'), 7, 'real-time and batch inference within latency budgets');

insert into role_tool (role_id, tool_id, position) values
    ((select id from role where slug = 'machine-learning-engineer'), (select id from tool where slug = 'pytorch'), 1),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from tool where slug = 'tensorflow'), 2),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from tool where slug = 'scikit-learn'), 3),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from tool where slug = 'xgboost'), 4),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from tool where slug = 'mlflow'), 5),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from tool where slug = 'feast'), 6),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from tool where slug = 'docker'), 7),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from tool where slug = 'kubernetes'), 8),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from tool where slug = 'aws-sagemaker'), 9),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from tool where slug = 'google-vertex-ai'), 10),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from tool where slug = 'git'), 11);

insert into role_industry (role_id, industry_id, position, note) values
    ((select id from role where slug = 'machine-learning-engineer'), (select id from industry where slug = 'technology'), 1, 'search, ranking and recommendation systems'),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from industry where slug = 'finance'), 2, 'fraud detection and credit scoring'),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from industry where slug = 'retail'), 3, 'personalization and demand forecasting'),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from industry where slug = 'advertising'), 4, 'click prediction and real-time bidding'),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from industry where slug = 'media'), 5, 'content recommendations for streaming services'),
    ((select id from role where slug = 'machine-learning-engineer'), (select id from industry where slug = 'logistics'), 6, 'arrival-time prediction and routing');

-- Data Analyst
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period) values (
    'data-analyst', 'Data Analyst', (select id from role_family where slug = 'data-science-analytics'),
    'Data analysts query, clean and summarize data to explain what is happening in a business, and build the reports and dashboards teams rely on.',
    'A data analyst answers concrete questions with data: why sales dipped in one region, which marketing channel brings loyal customers, how long support tickets take to close. The work is mostly SQL, spreadsheets and BI tools, plus plenty of conversation with the people asking. It is one of the most common entry points into a data career.',
    'Nearly every industry hires analysts, so openings are plentiful, although entry-level postings draw many applicants. The BLS does not list data analysts separately; the closest category is operations research analysts, projected to grow 23% from 2023 to 2033, much faster than average. Analysts often advance into senior analyst, analytics engineer, data scientist or analytics manager roles.',
    '+23%', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Operations Research Analysts', '2023–2033');

insert into role_item (role_id, section, position, body) values
    ((select id from role where slug = 'data-analyst'), 'RESPONSIBILITY', 1, 'Write SQL queries that pull and combine data from operational databases and the warehouse.'),
    ((select id from role where slug = 'data-analyst'), 'RESPONSIBILITY', 2, 'Clean and reconcile data, tracking down why figures from two systems disagree.'),
    ((select id from role where slug = 'data-analyst'), 'RESPONSIBILITY', 3, 'Build and maintain dashboards and recurring reports for sales, operations, finance or product teams.'),
    ((select id from role where slug = 'data-analyst'), 'RESPONSIBILITY', 4, 'Investigate shifts in key metrics and explain the likely causes with supporting evidence.'),
    ((select id from role where slug = 'data-analyst'), 'RESPONSIBILITY', 5, 'Agree on metric definitions with stakeholders so that everyone calculates revenue, churn or active users the same way.'),
    ((select id from role where slug = 'data-analyst'), 'RESPONSIBILITY', 6, 'Share findings and recommendations in meetings, short written summaries and slide decks.'),
    ((select id from role where slug = 'data-analyst'), 'EDUCATION', 1, 'A bachelor''s degree in business, economics, statistics, mathematics, computer science or a social science is typical.'),
    ((select id from role where slug = 'data-analyst'), 'EDUCATION', 2, 'Many analysts switch from non-technical jobs after online courses or certificates such as Google Data Analytics or Microsoft''s Power BI Data Analyst credential.'),
    ((select id from role where slug = 'data-analyst'), 'EDUCATION', 3, 'Domain knowledge from earlier work in finance, marketing or operations is a real advantage.');

insert into role_tip (role_id, position, title, body) values
    ((select id from role where slug = 'data-analyst'), 1, 'Learn SQL and Excel', 'SQL plus confident spreadsheet work, including pivot tables and lookups, covers most day-to-day analyst tasks.'),
    ((select id from role where slug = 'data-analyst'), 2, 'Publish a dashboard', 'Build a Tableau Public or Power BI dashboard on a dataset you care about, with a short note on what it shows and who would use it.'),
    ((select id from role where slug = 'data-analyst'), 3, 'Start with the question', 'Before opening any tool, write down the decision the analysis should inform. It keeps reports short and useful.'),
    ((select id from role where slug = 'data-analyst'), 4, 'Show your checks', 'Explain how you validated your numbers. Hiring managers trust analysts who catch their own mistakes.');

insert into role_skill (role_id, skill_id, position, note) values
    ((select id from role where slug = 'data-analyst'), (select id from skill where slug = 'sql'), 1, 'joins, aggregations, CTEs and window functions for reporting'),
    ((select id from role where slug = 'data-analyst'), (select id from skill where slug = 'spreadsheet-modeling'), 2, 'pivot tables, lookups and simple forecasts in Excel'),
    ((select id from role where slug = 'data-analyst'), (select id from skill where slug = 'data-visualization'), 3, 'picking the right chart and avoiding misleading scales'),
    ((select id from role where slug = 'data-analyst'), (select id from skill where slug = 'dashboard-design'), 4, 'layouts that answer a team''s recurring questions at a glance'),
    ((select id from role where slug = 'data-analyst'), (select id from skill where slug = 'statistics'), 5, 'descriptive statistics, sampling and basic significance tests'),
    ((select id from role where slug = 'data-analyst'), (select id from skill where slug = 'stakeholder-communication'), 6, 'clarifying requests and presenting to non-technical teams'),
    ((select id from role where slug = 'data-analyst'), (select id from skill where slug = 'python'), 7, 'Pandas for cleanup and automation beyond what spreadsheets handle');

insert into role_tool (role_id, tool_id, position) values
    ((select id from role where slug = 'data-analyst'), (select id from tool where slug = 'excel'), 1),
    ((select id from role where slug = 'data-analyst'), (select id from tool where slug = 'pandas'), 2),
    ((select id from role where slug = 'data-analyst'), (select id from tool where slug = 'jupyter'), 3),
    ((select id from role where slug = 'data-analyst'), (select id from tool where slug = 'tableau'), 4),
    ((select id from role where slug = 'data-analyst'), (select id from tool where slug = 'power-bi'), 5),
    ((select id from role where slug = 'data-analyst'), (select id from tool where slug = 'looker'), 6),
    ((select id from role where slug = 'data-analyst'), (select id from tool where slug = 'postgresql'), 7),
    ((select id from role where slug = 'data-analyst'), (select id from tool where slug = 'mysql'), 8),
    ((select id from role where slug = 'data-analyst'), (select id from tool where slug = 'google-bigquery'), 9),
    ((select id from role where slug = 'data-analyst'), (select id from tool where slug = 'snowflake'), 10);

insert into role_industry (role_id, industry_id, position, note) values
    ((select id from role where slug = 'data-analyst'), (select id from industry where slug = 'retail'), 1, 'sales, inventory and customer behavior reporting'),
    ((select id from role where slug = 'data-analyst'), (select id from industry where slug = 'finance'), 2, 'financial reporting and portfolio analysis'),
    ((select id from role where slug = 'data-analyst'), (select id from industry where slug = 'healthcare'), 3, 'hospital operations and patient volume analysis'),
    ((select id from role where slug = 'data-analyst'), (select id from industry where slug = 'government'), 4, 'program performance and public data reporting'),
    ((select id from role where slug = 'data-analyst'), (select id from industry where slug = 'consulting'), 5, 'client analyses and benchmarking'),
    ((select id from role where slug = 'data-analyst'), (select id from industry where slug = 'advertising'), 6, 'campaign performance and channel reporting');

-- Analytics Engineer
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period) values (
    'analytics-engineer', 'Analytics Engineer', (select id from role_family where slug = 'data-engineering'),
    'Analytics engineers transform raw warehouse data into tested, documented models that analysts and BI tools can use with confidence.',
    'An analytics engineer owns the layer between raw data and reports. Using SQL and tools such as dbt, they build clean, well-named tables, define shared metrics, and add tests and documentation so that dashboards agree with one another. The role grew out of analysts adopting software engineering habits like version control and code review.',
    'The role spread quickly alongside cloud warehouses and dbt, and many companies now hire analytics engineers next to or instead of traditional BI developers. There is no BLS category for it; the closest is database administrators and architects, projected to grow 9% from 2023 to 2033, faster than the average for all occupations. Career paths lead to senior analytics engineering, data engineering or data platform leadership.',
    '+9%', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Database Administrators and Architects', '2023–2033');

insert into role_item (role_id, section, position, body) values
    ((select id from role where slug = 'analytics-engineer'), 'RESPONSIBILITY', 1, 'Build layered SQL models in dbt that turn raw source tables into clean fact and dimension tables.'),
    ((select id from role where slug = 'analytics-engineer'), 'RESPONSIBILITY', 2, 'Define business metrics once, in code, so that every dashboard reports the same numbers.'),
    ((select id from role where slug = 'analytics-engineer'), 'RESPONSIBILITY', 3, 'Add tests for uniqueness, nulls, accepted values and relationships, and fix failures quickly.'),
    ((select id from role where slug = 'analytics-engineer'), 'RESPONSIBILITY', 4, 'Document models and columns so analysts can find the right table and trust it.'),
    ((select id from role where slug = 'analytics-engineer'), 'RESPONSIBILITY', 5, 'Review teammates'' SQL changes in pull requests and maintain the project''s automated checks.'),
    ((select id from role where slug = 'analytics-engineer'), 'RESPONSIBILITY', 6, 'Speed up slow or expensive models with incremental builds, clustering and better joins.'),
    ((select id from role where slug = 'analytics-engineer'), 'EDUCATION', 1, 'Degrees vary widely; business, economics, statistics, computer science and information systems are all common.'),
    ((select id from role where slug = 'analytics-engineer'), 'EDUCATION', 2, 'Many analytics engineers were data analysts who picked up version control, testing and modular SQL on the job.'),
    ((select id from role where slug = 'analytics-engineer'), 'EDUCATION', 3, 'The dbt Analytics Engineering certification and warehouse vendor courses are useful signals of practical skill.');

insert into role_tip (role_id, position, title, body) values
    ((select id from role where slug = 'analytics-engineer'), 1, 'Learn dbt hands-on', 'Build a small dbt project against a free warehouse tier, with sources, staging models, tests and generated documentation.'),
    ((select id from role where slug = 'analytics-engineer'), 2, 'Study dimensional modeling', 'Understand facts, dimensions, grain and slowly changing dimensions. These ideas shape nearly every model you will write.'),
    ((select id from role where slug = 'analytics-engineer'), 3, 'Use Git like an engineer', 'Branch, open pull requests and review other people''s changes. It is a daily part of the job and a frequent interview topic.'),
    ((select id from role where slug = 'analytics-engineer'), 4, 'Know the business metrics', 'Learn how revenue, retention and conversion are defined in your target industry so you can model them correctly.');

insert into role_skill (role_id, skill_id, position, note) values
    ((select id from role where slug = 'analytics-engineer'), (select id from skill where slug = 'sql'), 1, 'modular, readable SQL with CTEs, window functions and incremental logic'),
    ((select id from role where slug = 'analytics-engineer'), (select id from skill where slug = 'data-modeling'), 2, 'star schemas, grain decisions and slowly changing dimensions'),
    ((select id from role where slug = 'analytics-engineer'), (select id from skill where slug = 'data-warehousing'), 3, 'cost and performance behavior of Snowflake, BigQuery or Databricks'),
    ((select id from role where slug = 'analytics-engineer'), (select id from skill where slug = 'testing'), 4, 'dbt tests, data contracts and reviewing pull requests'),
    ((select id from role where slug = 'analytics-engineer'), (select id from skill where slug = 'ci-cd'), 5, 'building and testing models automatically on every change'),
    ((select id from role where slug = 'analytics-engineer'), (select id from skill where slug = 'business-acumen'), 6, 'translating how the business works into metric definitions');

insert into role_tool (role_id, tool_id, position) values
    ((select id from role where slug = 'analytics-engineer'), (select id from tool where slug = 'dbt'), 1),
    ((select id from role where slug = 'analytics-engineer'), (select id from tool where slug = 'fivetran'), 2),
    ((select id from role where slug = 'analytics-engineer'), (select id from tool where slug = 'airbyte'), 3),
    ((select id from role where slug = 'analytics-engineer'), (select id from tool where slug = 'snowflake'), 4),
    ((select id from role where slug = 'analytics-engineer'), (select id from tool where slug = 'google-bigquery'), 5),
    ((select id from role where slug = 'analytics-engineer'), (select id from tool where slug = 'databricks-sql'), 6),
    ((select id from role where slug = 'analytics-engineer'), (select id from tool where slug = 'dagster'), 7),
    ((select id from role where slug = 'analytics-engineer'), (select id from tool where slug = 'looker'), 8),
    ((select id from role where slug = 'analytics-engineer'), (select id from tool where slug = 'metabase'), 9),
    ((select id from role where slug = 'analytics-engineer'), (select id from tool where slug = 'git'), 10),
    ((select id from role where slug = 'analytics-engineer'), (select id from tool where slug = 'github'), 11);

insert into role_industry (role_id, industry_id, position, note) values
    ((select id from role where slug = 'analytics-engineer'), (select id from industry where slug = 'technology'), 1, 'SaaS product usage and revenue metrics'),
    ((select id from role where slug = 'analytics-engineer'), (select id from industry where slug = 'retail'), 2, 'e-commerce funnel and order data models'),
    ((select id from role where slug = 'analytics-engineer'), (select id from industry where slug = 'finance'), 3, 'fintech transaction and reporting models'),
    ((select id from role where slug = 'analytics-engineer'), (select id from industry where slug = 'media'), 4, 'subscription and engagement metrics'),
    ((select id from role where slug = 'analytics-engineer'), (select id from industry where slug = 'healthcare'), 5, 'operational and claims reporting layers');

-- MLOps Engineer
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period) values (
    'mlops-engineer', 'MLOps Engineer', (select id from role_family where slug = 'machine-learning'),
    'MLOps engineers build the platforms and automation that let teams train, deploy, monitor and update machine learning models reliably.',
    'An MLOps engineer applies DevOps practices to machine learning. They build pipelines that retrain and release models, manage the infrastructure for training and serving, and set up monitoring so problems surface before users notice. The role calls for stronger infrastructure skills than modeling skills, though a working grasp of ML is essential.',
    'As more companies run dozens of models in production, dedicated ML platform and MLOps teams have become common, and generative AI has added work on GPU serving and model governance. The closest BLS category is software developers, quality assurance analysts and testers, projected to grow 17% from 2023 to 2033. Hands-on experience with Kubernetes, cloud infrastructure and production ML together is a scarce combination.',
    '+17%', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Software Developers, Quality Assurance Analysts, and Testers', '2023–2033');

insert into role_item (role_id, section, position, body) values
    ((select id from role where slug = 'mlops-engineer'), 'RESPONSIBILITY', 1, 'Build automated pipelines that train, evaluate, register and deploy models with few manual steps.'),
    ((select id from role where slug = 'mlops-engineer'), 'RESPONSIBILITY', 2, 'Run training and serving infrastructure on Kubernetes or managed cloud services, including GPU capacity.'),
    ((select id from role where slug = 'mlops-engineer'), 'RESPONSIBILITY', 3, 'Set up experiment tracking, a model registry and dataset versioning so any model can be traced and reproduced.'),
    ((select id from role where slug = 'mlops-engineer'), 'RESPONSIBILITY', 4, 'Monitor latency, errors, data drift and prediction quality, and alert the owning team when something degrades.'),
    ((select id from role where slug = 'mlops-engineer'), 'RESPONSIBILITY', 5, 'Write infrastructure as code and CI/CD workflows that keep environments consistent across teams.'),
    ((select id from role where slug = 'mlops-engineer'), 'RESPONSIBILITY', 6, 'Enforce access control, audit trails and approval steps for models used in regulated decisions.'),
    ((select id from role where slug = 'mlops-engineer'), 'EDUCATION', 1, 'A bachelor''s degree in computer science, software engineering or a related field is typical.'),
    ((select id from role where slug = 'mlops-engineer'), 'EDUCATION', 2, 'Many MLOps engineers come from DevOps, site reliability or backend roles and add ML knowledge through courses and projects.'),
    ((select id from role where slug = 'mlops-engineer'), 'EDUCATION', 3, 'Cloud and Kubernetes certifications, such as the Certified Kubernetes Administrator, are valued by many employers.');

insert into role_tip (role_id, position, title, body) values
    ((select id from role where slug = 'mlops-engineer'), 1, 'Get strong at DevOps basics', 'Linux, networking, Docker, Kubernetes and a CI system come before any ML-specific tool.'),
    ((select id from role where slug = 'mlops-engineer'), 2, 'Automate a model lifecycle', 'Build a project where a code push retrains a model, logs it to MLflow and deploys it only if it beats the current version.'),
    ((select id from role where slug = 'mlops-engineer'), 3, 'Understand how models fail', 'Learn about training-serving skew, data drift and silent accuracy loss so your monitoring catches what matters.'),
    ((select id from role where slug = 'mlops-engineer'), 4, 'Learn Terraform', 'Infrastructure as code appears in most MLOps job descriptions, and a small Terraform project is easy to show.');

insert into role_skill (role_id, skill_id, position, note) values
    ((select id from role where slug = 'mlops-engineer'), (select id from skill where slug = 'python'), 1, 'automation, pipeline code and reading ML library internals'),
    ((select id from role where slug = 'mlops-engineer'), (select id from skill where slug = 'ci-cd'), 2, 'pipelines that test, package and release models'),
    ((select id from role where slug = 'mlops-engineer'), (select id from skill where slug = 'containerization'), 3, 'Docker images and Kubernetes deployments for training and serving'),
    ((select id from role where slug = 'mlops-engineer'), (select id from skill where slug = 'cloud-infrastructure'), 4, 'IAM, networking, GPU instances and infrastructure as code'),
    ((select id from role where slug = 'mlops-engineer'), (select id from skill where slug = 'monitoring'), 5, 'metrics, logs, drift detection and alerting for models'),
    ((select id from role where slug = 'mlops-engineer'), (select id from skill where slug = 'model-deployment'), 6, 'canary releases, rollbacks and autoscaling inference'),
    ((select id from role where slug = 'mlops-engineer'), (select id from skill where slug = 'machine-learning'), 7, 'enough to understand training, evaluation and failure modes');

insert into role_tool (role_id, tool_id, position) values
    ((select id from role where slug = 'mlops-engineer'), (select id from tool where slug = 'mlflow'), 1),
    ((select id from role where slug = 'mlops-engineer'), (select id from tool where slug = 'kubeflow'), 2),
    ((select id from role where slug = 'mlops-engineer'), (select id from tool where slug = 'weights-and-biases'), 3),
    ((select id from role where slug = 'mlops-engineer'), (select id from tool where slug = 'dvc'), 4),
    ((select id from role where slug = 'mlops-engineer'), (select id from tool where slug = 'docker'), 5),
    ((select id from role where slug = 'mlops-engineer'), (select id from tool where slug = 'kubernetes'), 6),
    ((select id from role where slug = 'mlops-engineer'), (select id from tool where slug = 'terraform'), 7),
    ((select id from role where slug = 'mlops-engineer'), (select id from tool where slug = 'aws-sagemaker'), 8),
    ((select id from role where slug = 'mlops-engineer'), (select id from tool where slug = 'google-vertex-ai'), 9),
    ((select id from role where slug = 'mlops-engineer'), (select id from tool where slug = 'azure-machine-learning'), 10),
    ((select id from role where slug = 'mlops-engineer'), (select id from tool where slug = 'github'), 11),
    ((select id from role where slug = 'mlops-engineer'), (select id from tool where slug = 'gitlab'), 12);

insert into role_industry (role_id, industry_id, position, note) values
    ((select id from role where slug = 'mlops-engineer'), (select id from industry where slug = 'technology'), 1, 'shared ML platforms for product teams'),
    ((select id from role where slug = 'mlops-engineer'), (select id from industry where slug = 'finance'), 2, 'governed deployment of risk and fraud models'),
    ((select id from role where slug = 'mlops-engineer'), (select id from industry where slug = 'telecommunications'), 3, 'network and customer models at scale'),
    ((select id from role where slug = 'mlops-engineer'), (select id from industry where slug = 'healthcare'), 4, 'validated, auditable clinical models'),
    ((select id from role where slug = 'mlops-engineer'), (select id from industry where slug = 'retail'), 5, 'scheduled retraining of forecasts and recommendations'),
    ((select id from role where slug = 'mlops-engineer'), (select id from industry where slug = 'insurance'), 6, 'model governance for pricing and claims');
