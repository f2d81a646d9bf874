-- Curated career transitions (scratch/content/C_transitions.sql, as the editors wrote it): directional moves
-- between roles, each with a one-sentence summary and a body of paragraphs separated by blank lines.

create table career_transition (
    id            bigserial primary key,
    from_role_id  bigint       not null references role (id),
    to_role_id    bigint       not null references role (id),
    summary       varchar(300) not null,
    body          text         not null,
    published_on  date         not null,
    check (from_role_id <> to_role_id),
    unique (from_role_id, to_role_id)
);
create index career_transition_to_role_idx on career_transition (to_role_id);

-- The replicas drop their caches when content changes (V10); transitions are content too.
create trigger career_transition_changed after insert or update or delete or truncate on career_transition
    for each statement execute function notify_content_changed();

-- data-analyst -> data-engineer
insert into career_transition (from_role_id, to_role_id, summary, body, published_on) values (
    (select id from role where slug = 'data-analyst'),
    (select id from role where slug = 'data-engineer'),
    'Data analysts who enjoy the plumbing behind their reports can become data engineers by adding Python, pipeline design, orchestration and one cloud platform to the SQL they already use every day.',
    'What carries over is more than it seems. You already write SQL daily, you know which tables in your company are unreliable and why, and you understand what the people downstream of a pipeline need from it. Many data engineers started exactly here, often after they got tired of fixing the same broken extract by hand every Monday.

Learn in this order. First, Python well enough to write a small package with functions, tests and a virtual environment, not just notebooks. Second, pipeline design: incremental loads, reruns that do not create duplicates, and backfills. Third, one orchestrator, usually Airflow or Dagster, and one warehouse in depth, such as Snowflake or BigQuery. Fourth, Git, Docker and the storage and permission basics of one cloud. Streaming with Kafka can wait until after your first engineering job unless your target employers ask for it.

With steady evening study, expect six to twelve months before you are competitive for junior or mid-level roles. The fastest route is usually internal: volunteer to own a pipeline your team depends on, move its logic out of a BI tool into version-controlled code, and add tests and alerts. Six months of that work is real engineering experience you can describe in an interview.

To show it, publish one end-to-end project: ingest a public API on a schedule, land raw data, transform it into clean tables, test it, and document your design choices and their costs in the README. In interviews, expect a live SQL exercise, a Python coding task and a pipeline design question; your analyst background is an advantage when you explain how consumers will use the data.',
    date '2026-12-01');

-- data-analyst -> data-scientist
insert into career_transition (from_role_id, to_role_id, summary, body, published_on) values (
    (select id from role where slug = 'data-analyst'),
    (select id from role where slug = 'data-scientist'),
    'Data analysts move into data science by deepening their statistics, learning to build and validate predictive models in Python, and showing that their models lead to better decisions.',
    'You bring SQL, business context and the habit of explaining results to people who do not work with data, which are exactly the things many junior data scientists lack. The gap is mostly in statistical depth and modeling: data scientists are expected to design experiments, build predictive models and say how confident they are in a result, not only describe what happened.

Start with statistics and probability, because interviews and real work both lean on them: hypothesis tests, confidence intervals, regression and its assumptions, and the basics of A/B test design. Then learn Python for analysis with pandas and scikit-learn, and practice the full modeling workflow: a clear target, honest train and test splits, a simple baseline, a better model, and an error analysis. Tools such as XGBoost and MLflow come after you can explain why a model works.

Most people need nine to eighteen months, depending on how much math they start with. A part-time master''s degree or a structured certificate helps with statistics but is not required. Look for modeling work in your current job, such as a churn forecast or an experiment readout, because employers value a model that was used more than a course certificate.

Build a portfolio of two or three projects on realistic, messy data, each ending in a decision: what you recommend, what the model gains over a simple rule, and where it fails. Product analytics and experimentation roles are a natural first step, since they combine your analyst strengths with the statistics employers test most.',
    date '2026-12-01');

-- data-analyst -> analytics-engineer
insert into career_transition (from_role_id, to_role_id, summary, body, published_on) values (
    (select id from role where slug = 'data-analyst'),
    (select id from role where slug = 'analytics-engineer'),
    'Analysts who already write most of the SQL behind their dashboards can become analytics engineers by adopting dbt, version control, testing and dimensional modeling.',
    'This is one of the shortest moves in the data field, because the core skill, writing SQL that turns raw tables into trustworthy numbers, is the same. What changes is how you work: your SQL lives in a Git repository, is organized into layered models, is tested automatically, and is reviewed before it reaches the warehouse. You stop answering one question at a time and start building the tables that answer many.

Learn dbt first, since it appears in most analytics engineering postings: sources, staging and mart models, tests, documentation and incremental models. Alongside it, learn Git well enough to branch, open pull requests and review changes. Then study dimensional modeling, the grain of a fact table and slowly changing dimensions, and learn how your warehouse charges for compute so your models stay affordable.

With daily SQL experience, three to six months of focused practice is usually enough. The best proof is often built at work: take a metric that different dashboards report differently, rebuild it as a tested dbt model, and get the business owner to agree on the definition. Many analytics engineers got their title this way, by being the analyst who cleaned up the team''s models.

If you cannot do it at work, publish a dbt project on a public dataset with staging and mart layers, tests, generated documentation and a short write-up of your modeling decisions. Interviews typically include an SQL exercise, a modeling question about grain and keys, and a discussion of how you would handle a broken upstream source.',
    date '2026-12-01');

-- data-scientist -> machine-learning-engineer
insert into career_transition (from_role_id, to_role_id, summary, body, published_on) values (
    (select id from role where slug = 'data-scientist'),
    (select id from role where slug = 'machine-learning-engineer'),
    'Data scientists who want their models to run in production can become machine learning engineers by strengthening software engineering, learning to package, deploy and monitor models, and working with the data pipelines behind them.',
    'You already know how to frame a prediction problem, choose features, validate a model and explain its trade-offs, and many ML engineering teams struggle to find people with that judgment. What you need to add is engineering: code that other people can maintain, models that serve predictions reliably under load, and systems that notice when a model degrades.

Start with software engineering habits: move code out of notebooks into tested Python packages, use type hints, write unit tests and go through code review. Next, learn to serve a model: wrap it in a FastAPI service, containerize it with Docker and deploy it on Kubernetes or a managed platform such as SageMaker or Vertex AI. Then learn the lifecycle tools, including experiment tracking and a model registry with MLflow, scheduled retraining, and monitoring for drift and latency. A working knowledge of Spark or another distributed engine helps for feature pipelines.

Expect six to twelve months, faster if your current team already deploys models. Ask to pair with the engineers who put your models into production, take over the retraining job for one of them, or add monitoring to a model that has none. Being the data scientist who ships is the most convincing story for this move.

For a portfolio, one complete system beats several notebooks: a model trained by a reproducible pipeline, served behind an API, tested in CI, deployed in a container and watched by a simple dashboard of latency and prediction drift. Interviews combine coding, ML fundamentals and a system design question, such as designing a recommendation or fraud scoring service end to end.',
    date '2026-12-01');

-- data-engineer -> machine-learning-engineer
insert into career_transition (from_role_id, to_role_id, summary, body, published_on) values (
    (select id from role where slug = 'data-engineer'),
    (select id from role where slug = 'machine-learning-engineer'),
    'Data engineers can move into machine learning engineering by learning the fundamentals of model training and evaluation, since they already own the pipelines, infrastructure and production habits that ML systems depend on.',
    'Much of an ML engineer''s work is data engineering: building feature pipelines, keeping training and serving data consistent, scheduling retraining and handling scale. You bring production discipline, SQL, Spark and cloud experience. The gap is understanding models well enough to train, evaluate and debug them, and to know when a model problem is really a data problem.

Begin with machine learning fundamentals: supervised learning, train and test splits, overfitting, evaluation metrics and data leakage, practiced with scikit-learn and XGBoost on tabular data. Add enough statistics to judge whether a model improvement is real. Then learn PyTorch basics, feature stores such as Feast, experiment tracking with MLflow and model serving. Your pipeline skills make the MLOps parts of the job familiar quickly.

Plan on six to twelve months of study, with the modeling fundamentals taking most of the time. Inside your company, the natural bridge is to build the feature pipelines or training data sets for the data science team, then take on the retraining and deployment jobs. Some companies call this hybrid an ML platform or ML data engineer, which is a good intermediate title.

Show it with a project in which your data engineering strength is visible: a point-in-time correct feature pipeline, a model trained on it, served behind an API and retrained on a schedule, with a write-up of how you prevented training and serving skew. In interviews, expect ML theory questions alongside system design, so practice explaining bias, variance and metric choice clearly.',
    date '2026-12-01');

-- machine-learning-engineer -> mlops-engineer
insert into career_transition (from_role_id, to_role_id, summary, body, published_on) values (
    (select id from role where slug = 'machine-learning-engineer'),
    (select id from role where slug = 'mlops-engineer'),
    'Machine learning engineers who like building the platform more than the models can specialize as MLOps engineers by deepening their skills in infrastructure as code, Kubernetes, CI/CD and monitoring.',
    'You already know how models are trained, deployed and where they fail in production, which is the context many DevOps engineers lack when they move into MLOps. The shift is in focus: instead of shipping one model, you build the shared platform, pipelines and guardrails that let many teams ship models safely and repeatably.

Deepen infrastructure skills first: Kubernetes beyond deploying a single service, including resource management, GPU scheduling and autoscaling; Terraform for reproducible cloud resources; and CI/CD pipelines that test data, code and models before release. Then learn platform tools in depth, such as Kubeflow or a managed ML platform, a model registry and a feature store, plus observability for latency, errors and data drift. If your employer serves large language models, GPU serving with vLLM is increasingly part of the job.

Because the overlap is large, three to six months of focused work is often enough, and the move frequently happens inside a company as a team grows and needs a dedicated platform. Volunteer for the shared parts of your team''s ML stack: the deployment template, the retraining pipeline or the monitoring setup that other teams reuse.

Demonstrate it with infrastructure as code: a repository that provisions a small cluster with Terraform, deploys a model through a CI pipeline with a canary release and rollback, and exposes monitoring dashboards. Interviews will probe Kubernetes and cloud details, incident handling and how you would design a platform for many teams, so prepare examples of outages you diagnosed and what you changed afterwards.',
    date '2026-12-01');

-- data-engineer -> mlops-engineer
insert into career_transition (from_role_id, to_role_id, summary, body, published_on) values (
    (select id from role where slug = 'data-engineer'),
    (select id from role where slug = 'mlops-engineer'),
    'Data engineers can become MLOps engineers by adding containers, Kubernetes and machine learning lifecycle tools to the orchestration, cloud and automation skills they already have.',
    'The two roles share a lot: both build automated pipelines, run infrastructure in the cloud, care about reproducibility and get paged when something breaks at night. Orchestrators such as Airflow, infrastructure as code and CI/CD are already familiar to many data engineers. What is new is the model lifecycle and the serving side: packaging models, deploying them as services and watching their predictions.

Start with enough machine learning to understand what you are operating: how models are trained and evaluated, and how they fail through data drift or differences between training and serving data. At the same time, get strong with Docker and Kubernetes, since most MLOps postings require them. Then learn the lifecycle tools, including MLflow for tracking and model registry, a feature store such as Feast, and one managed platform such as SageMaker, Vertex AI or Azure Machine Learning.

Six to nine months is a realistic time frame for a working data engineer. The typical bridge is to take over the pipelines that feed training data to the data science team, then the retraining and deployment jobs that follow them. That work puts you in the ML release process and gives you concrete experience to describe.

For a portfolio, build a pipeline in which a code change retrains a model, logs it to MLflow, runs evaluation checks and deploys it to Kubernetes only if it beats the current version, all defined in code. In interviews, lean on your experience with data quality incidents: MLOps teams value people who know that most model failures start in the data.',
    date '2026-12-01');

-- data-scientist -> nlp-engineer
insert into career_transition (from_role_id, to_role_id, summary, body, published_on) values (
    (select id from role where slug = 'data-scientist'),
    (select id from role where slug = 'nlp-engineer'),
    'Data scientists who work with text can become NLP engineers by learning transformer models, fine-tuning and evaluation in depth, and the engineering needed to serve language models in production.',
    'You bring modeling judgment, statistics and experience with messy real-world data, which matters because most NLP work is about data quality and evaluation as much as architecture. If you have already built text classifiers or topic models, you know the problems of labeling, class imbalance and domain-specific language. The new parts are deep learning for language and the engineering around it.

Start with deep learning fundamentals in PyTorch, then the transformer architecture, tokenization and embeddings. Practice fine-tuning pretrained models with Hugging Face Transformers for classification and entity recognition, and compare them against simpler baselines such as TF-IDF with logistic regression or spaCy pipelines. Then learn the large language model toolkit: prompting, retrieval-augmented generation, parameter-efficient fine-tuning and, above all, building evaluation sets that show whether a system is improving.

Expect about six to twelve months, depending on how much deep learning you know already. Look for a text problem in your current work, such as routing support tickets, extracting fields from documents or searching internal knowledge, because a deployed NLP system with measured results is stronger evidence than any course.

Build one project that goes beyond a demo: a fine-tuned model or retrieval system for a specific domain, with a labeled evaluation set, a comparison against a baseline and a prompt-only approach, an error analysis and a simple API. Interviews usually cover transformer internals, evaluation design and trade-offs between fine-tuning and prompting, along with coding.',
    date '2026-12-01');

-- machine-learning-engineer -> machine-learning-research-engineer
insert into career_transition (from_role_id, to_role_id, summary, body, published_on) values (
    (select id from role where slug = 'machine-learning-engineer'),
    (select id from role where slug = 'machine-learning-research-engineer'),
    'Machine learning engineers can move into research engineering by deepening their math and deep learning knowledge, learning to reproduce and extend papers, and running rigorous experiments at scale.',
    'You bring strong engineering: clean, tested code, experience with training infrastructure and the discipline to make results reproducible. Research teams value that highly, because much research progress is limited by engineering. The gap is usually depth in deep learning theory, comfort reading papers quickly, and the experimental rigor needed to tell a real improvement from noise.

Start by refreshing the math: linear algebra, probability, statistics and the calculus behind optimization. Then reproduce papers in your target area from scratch in PyTorch or JAX, checking that you match reported results and writing down where you do not. Learn distributed training, mixed precision and profiling, since research engineers spend much of their time making experiments run faster. Practice designing ablations and reporting variance across random seeds.

This move often takes one to two years, and the job market is competitive, with hiring concentrated in AI labs and large technology companies. A common route is an internal transfer into a team that works closely with researchers, or contributing to an open-source ML library that research teams use. Some people take a research-focused master''s degree to gain publications.

The most convincing evidence is public: a careful reproduction of a known paper with a write-up, accepted contributions to widely used libraries, or a workshop paper. In interviews, expect deep questions on training dynamics, debugging a run that diverges, and coding tasks that involve implementing model components from scratch.',
    date '2026-12-01');

-- data-engineer -> data-architect
insert into career_transition (from_role_id, to_role_id, summary, body, published_on) values (
    (select id from role where slug = 'data-engineer'),
    (select id from role where slug = 'data-architect'),
    'Experienced data engineers become data architects by widening their view from individual pipelines to the whole data landscape: modeling standards, platform choices, governance and the business case for each design.',
    'This is a promotion-like move rather than a retraining. Architects are expected to have built and operated pipelines, warehouses and streaming systems themselves, which is why most come from data engineering after five or more years. What changes is the scope: you make decisions that many teams live with for years, and you spend more time on documents, reviews and conversations than on code.

Strengthen data modeling first, at conceptual, logical and physical levels, including when to normalize and when to use dimensional or lakehouse designs. Then study governance: classification of sensitive data, access control, lineage, retention and the regulations that apply in your industry. Broaden your platform knowledge so you can compare warehouses, lakehouse table formats such as Iceberg, and streaming options on cost and risk, not only features.

Plan for one to three years of deliberately taking on architecture work while still an engineer. Lead the design of a new domain or migration, write design documents and have them reviewed, and join the group that sets standards. Vendor certifications at architect level can help in consulting and large enterprises but are no substitute for designs you owned.

Show it through design documents and outcomes: a migration you planned, a modeling standard you introduced, costs you reduced or an access model you designed for sensitive data. Interviews for architects usually include a whiteboard design of a data platform for a given business, so practice explaining trade-offs to both engineers and executives.',
    date '2026-12-01');

-- machine-learning-engineer -> ai-engineer
insert into career_transition (from_role_id, to_role_id, summary, body, published_on) values (
    (select id from role where slug = 'machine-learning-engineer'),
    (select id from role where slug = 'ai-engineer'),
    'Machine learning engineers can move into AI engineering by learning to build products on pretrained large language models, focusing on retrieval, evaluation, cost control and safety rather than training models from scratch.',
    'You already know how to deploy and monitor models, how to evaluate predictions and how to think about data quality, all of which transfer directly. The biggest change is that the model is usually a pretrained language model behind an API or a self-hosted open-weight model, so the work shifts to designing the system around it: prompts, retrieval, tool calls, guardrails and measurement.

Learn the building blocks first: prompt design with structured outputs, embeddings and vector search with pgvector or a vector database, and retrieval-augmented generation with a framework such as LangChain or LlamaIndex. Then focus on evaluation, because it is what separates production systems from demos: labeled test sets, automated scoring, regression tests in CI and tracking quality, latency and cost per request. Learn the safety side too, including prompt injection, data leakage and human review for risky actions.

With an ML engineering background, three to six months is usually enough to become productive. Many companies are looking for people to build internal assistants, document search or extraction pipelines, so volunteering for such a project at your current employer is often the quickest way to get real experience.

Build and publish one application that solves a narrow, real problem, such as question answering over a specific set of documents, with an evaluation set, measured results, a cost estimate and a description of the failure cases you found. Interviews tend to focus on system design for LLM applications, evaluation strategy and the trade-offs between prompting, retrieval and fine-tuning.',
    date '2026-12-01');

-- bi-developer -> analytics-engineer
insert into career_transition (from_role_id, to_role_id, summary, body, published_on) values (
    (select id from role where slug = 'bi-developer'),
    (select id from role where slug = 'analytics-engineer'),
    'BI developers can become analytics engineers by moving their modeling work upstream into the warehouse with dbt, Git and automated tests, so that every dashboard reads from the same tested tables.',
    'BI developers already build data models, define metrics and work closely with business users, which is most of what analytics engineers do. The difference is where and how the models live: instead of being inside a BI tool or in stored procedures, they are SQL models in a version-controlled dbt project, tested automatically and reused by every tool that reads the warehouse.

Start with dbt and Git together, since they change your daily workflow the most: sources, staging and mart models, tests, documentation and pull request reviews. If your experience is mainly with a BI tool''s modeling layer such as Power BI datasets, spend time on plain SQL performance in a cloud warehouse like Snowflake or BigQuery, including incremental models and cost control. Your star schema knowledge transfers directly.

Three to six months is typical. The natural project at work is to take the business logic buried in one important report, move it into tested warehouse models, and point the report at them. That single migration gives you a before-and-after story that interviewers understand immediately.

Publish or describe a dbt project with layered models, tests and documentation, and explain how it reduced disagreement between reports or made them faster. In interviews you will face SQL exercises and modeling questions; emphasize your experience with business users and metric definitions, which many engineers lack.',
    date '2026-12-01');

-- machine-learning-research-engineer -> research-scientist
insert into career_transition (from_role_id, to_role_id, summary, body, published_on) values (
    (select id from role where slug = 'machine-learning-research-engineer'),
    (select id from role where slug = 'research-scientist'),
    'Research engineers can become research scientists by moving from implementing other people''s ideas to proposing their own, which mostly means building a publication record and learning to choose good research questions.',
    'You already do much of the daily work of research: implementing methods, running large experiments, analyzing results and reading papers. What distinguishes a research scientist is ownership of the research agenda, which means choosing problems, forming hypotheses and being judged on published ideas that others adopt. Your engineering strength is an advantage, because scientists who can run their own experiments at scale move faster.

Focus on the research side: reading deeply in one area until you can see its open questions, writing clear papers, and designing experiments that test a specific claim. Deepen theory where your area needs it, for example optimization, probability or learning theory. Ask to lead a small project end to end within your team, from proposal to paper, with a senior scientist as mentor.

This transition usually takes two to four years and depends on publications more than study. In many labs a PhD is still the expected route, and some research engineers start one for that reason; others earn the title through a record of first-author papers at major conferences written while working as engineers.

The evidence employers look for is first-author work at recognized venues such as NeurIPS, ICML, ICLR, ACL or CVPR, along with a clear research statement about what you want to study next. Interviews typically include a talk on your research, deep technical questions about your papers and a discussion of future directions.',
    date '2026-12-01');
