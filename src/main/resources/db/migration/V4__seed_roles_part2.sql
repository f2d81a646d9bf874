-- Career Atlas seed content, part 2: seven roles with responsibilities, education, tips,
-- skills, tools and industries. Vocabulary rows (families, skills, tools, industries) come from
-- V2__seed_vocabulary.sql and are referenced by slug. A missing slug makes a sub-select return null
-- and the insert fail on a not-null column, so typos cannot be skipped silently.

-- =====================================================================================================
-- AI Engineer
-- =====================================================================================================
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period)
values ('ai-engineer', 'AI Engineer', (select id from role_family where slug = 'machine-learning'),
        'AI Engineers build products on top of large language models and other pretrained models, turning model capabilities into features users can rely on.',
        'An AI Engineer integrates pretrained models, most often large language models, into software products and internal tools. The work sits between software engineering and machine learning: instead of training models from scratch, AI Engineers design prompts, retrieval pipelines, evaluation suites and guardrails so that model output is accurate, affordable and safe to ship.',
        'Demand for AI Engineers has risen quickly since generative AI moved into mainstream products, and many companies now hire for the title directly. BLS does not track the title separately; Software Developers is the closest BLS category, projected to grow 17% from 2023 to 2033, much faster than the average for all occupations. Candidates who can show measured evaluation results, not only demos, tend to stand out.',
        '+17%', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Software Developers', '2023–2033');

insert into role_item (role_id, section, position, body)
select (select id from role where slug = 'ai-engineer'), v.section, v.position, v.body
from (values
    ('RESPONSIBILITY', 1, 'Design and build product features that call large language models through hosted APIs or self-hosted inference servers.'),
    ('RESPONSIBILITY', 2, 'Build retrieval-augmented generation pipelines that chunk, embed and index company documents so answers are grounded in current sources.'),
    ('RESPONSIBILITY', 3, 'Create evaluation sets and automated checks that measure answer quality, hallucination rate, latency and cost before every release.'),
    ('RESPONSIBILITY', 4, 'Write and version prompts, tool definitions and output schemas, and refine them based on logged user interactions.'),
    ('RESPONSIBILITY', 5, 'Add guardrails such as input filtering, output validation and access controls so sensitive data does not leak.'),
    ('RESPONSIBILITY', 6, 'Monitor production usage, token spend and failure cases, and agree with product managers on which improvements matter most.'),
    ('EDUCATION', 1, 'A bachelor''s degree in computer science, software engineering or a related field is the most common starting point.'),
    ('EDUCATION', 2, 'Many AI Engineers come from backend or full-stack development and add machine learning knowledge through courses and hands-on projects.'),
    ('EDUCATION', 3, 'A graduate degree is rarely required, but coursework in machine learning and natural language processing helps when fine-tuning models.')
) as v(section, position, body);

insert into role_tip (role_id, position, title, body)
select (select id from role where slug = 'ai-engineer'), v.position, v.title, v.body
from (values
    (1, 'Ship a small RAG app', 'Build a question-answering tool over a document set you know well, such as product manuals or your own notes. Deploy it so other people can try it and break it.'),
    (2, 'Measure before you tune', 'Write 50 to 100 test questions with expected answers and score every prompt or model change against them. This evaluation habit is what separates production work from prototypes.'),
    (3, 'Keep software basics sharp', 'APIs, async code, caching, logging and tests matter as much as model knowledge. Most AI Engineer interviews include ordinary backend design questions.'),
    (4, 'Track model costs', 'Learn how token pricing, context length and batching drive the bill. Compare a hosted API with an open model served through vLLM on the same task.')
) as v(position, title, body);

insert into role_skill (role_id, skill_id, position, note)
select (select id from role where slug = 'ai-engineer'), (select id from skill where slug = v.slug), v.position, v.note
from (values
    ('python', 1, 'async services, API clients and data handling for model pipelines'),
    ('llm-applications', 2, 'retrieval-augmented generation, agents, tool calling and structured output'),
    ('prompt-engineering', 3, 'system prompts, few-shot examples and prompt versions tied to evaluation scores'),
    ('software-engineering', 4, 'API design, error handling, caching and maintainable service code'),
    ('testing', 5, 'automated evaluation suites and regression checks for model output'),
    ('model-deployment', 6, 'serving open models within latency, rate-limit and cost budgets'),
    ('monitoring', 7, 'tracing requests, token usage and answer quality in production')
) as v(slug, position, note);

insert into role_tool (role_id, tool_id, position)
select (select id from role where slug = 'ai-engineer'), (select id from tool where slug = v.slug), v.position
from (values
    ('openai-api', 1), ('langchain', 2), ('llamaindex', 3), ('vllm', 4), ('hugging-face-transformers', 5),
    ('pytorch', 6), ('pgvector', 7), ('pinecone', 8), ('docker', 9), ('aws', 10)
) as v(slug, position);

insert into role_industry (role_id, industry_id, position, note)
select (select id from role where slug = 'ai-engineer'), (select id from industry where slug = v.slug), v.position, v.note
from (values
    ('technology', 1, 'assistants and copilots built into software products'),
    ('finance', 2, 'document search and report drafting for analysts'),
    ('healthcare', 3, 'clinical note summaries and patient message triage'),
    ('retail', 4, 'shopping assistants and generated product descriptions'),
    ('consulting', 5, 'internal knowledge assistants and client delivery projects')
) as v(slug, position, note);

-- =====================================================================================================
-- Research Scientist (AI)
-- =====================================================================================================
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period)
values ('research-scientist', 'Research Scientist (AI)', (select id from role_family where slug = 'research'),
        'AI Research Scientists invent and test new learning methods, publish their findings and advance the state of the art in language, vision and beyond.',
        'A Research Scientist in AI studies open problems in machine learning and proposes new models, training methods or theory to solve them. The role is judged mainly on the quality of its ideas and evidence: careful experiments, published papers and methods that other teams adopt. Research Scientists work in industry labs, universities and independent research institutes.',
        'The closest BLS category is Computer and Information Research Scientists, projected to grow 26% from 2023 to 2033, much faster than average. Openings cluster at large technology companies, AI labs and universities, and competition for them is intense. A PhD and a visible publication record remain the usual way in.',
        '+26%', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Computer and Information Research Scientists', '2023–2033');

insert into role_item (role_id, section, position, body)
select (select id from role where slug = 'research-scientist'), v.section, v.position, v.body
from (values
    ('RESPONSIBILITY', 1, 'Identify research questions with scientific or product value and frame them as testable hypotheses.'),
    ('RESPONSIBILITY', 2, 'Design and run experiments, from small ablations to multi-GPU training runs, and analyze the results rigorously.'),
    ('RESPONSIBILITY', 3, 'Develop new architectures, training objectives or algorithms and compare them fairly against strong baselines.'),
    ('RESPONSIBILITY', 4, 'Write papers for peer-reviewed venues such as NeurIPS, ICML, ICLR, ACL or CVPR and present the work at conferences.'),
    ('RESPONSIBILITY', 5, 'Follow the literature closely and reproduce important results to learn where they hold up and where they fail.'),
    ('RESPONSIBILITY', 6, 'Mentor junior researchers and interns, and hand promising methods over to engineering teams for production use.'),
    ('EDUCATION', 1, 'Most positions ask for a PhD in computer science, machine learning, statistics, mathematics or physics.'),
    ('EDUCATION', 2, 'First-author papers at recognized conferences or journals carry a lot of weight in hiring decisions.'),
    ('EDUCATION', 3, 'Some labs hire exceptional candidates with a master''s degree and strong research output, often through residency programs.')
) as v(section, position, body);

insert into role_tip (role_id, position, title, body)
select (select id from role where slug = 'research-scientist'), v.position, v.title, v.body
from (values
    (1, 'Reproduce a recent paper', 'Pick a paper from a major conference, reimplement it from the text alone and write up what matched and what did not. Hiring committees look for exactly this skill.'),
    (2, 'Narrow your focus early', 'Breadth helps, but labs hire for depth in one area, such as efficient training, alignment or multimodal models. Aim to be known for something specific.'),
    (3, 'Publish and share code', 'Workshop papers and clean public repositories are realistic first steps. Open code makes your results easier to verify and to cite.'),
    (4, 'Find a research mentor', 'Join a university lab, a research internship or an open research community where experienced scientists review your work and help you pick problems.')
) as v(position, title, body);

insert into role_skill (role_id, skill_id, position, note)
select (select id from role where slug = 'research-scientist'), (select id from skill where slug = v.slug), v.position, v.note
from (values
    ('research-methods', 1, 'hypothesis framing, ablation studies and fair comparisons with baselines'),
    ('deep-learning', 2, 'architectures, optimization and training dynamics of large networks'),
    ('linear-algebra', 3, 'matrix calculus, decompositions and the geometry behind model behavior'),
    ('statistics', 4, 'significance tests, confidence intervals and variance across random seeds'),
    ('paper-implementation', 5, 'reimplementing published methods to check claims and build baselines'),
    ('python', 6, 'research code in PyTorch or JAX that colleagues can rerun'),
    ('scientific-writing', 7, 'conference papers, rebuttals to reviewers and clear figures')
) as v(slug, position, note);

insert into role_tool (role_id, tool_id, position)
select (select id from role where slug = 'research-scientist'), (select id from tool where slug = v.slug), v.position
from (values
    ('pytorch', 1), ('jax', 2), ('tensorflow', 3), ('hugging-face-transformers', 4), ('numpy', 5),
    ('jupyter', 6), ('matplotlib', 7), ('weights-and-biases', 8), ('git', 9), ('google-cloud-platform', 10)
) as v(slug, position);

insert into role_industry (role_id, industry_id, position, note)
select (select id from role where slug = 'research-scientist'), (select id from industry where slug = v.slug), v.position, v.note
from (values
    ('academia', 1, 'university labs and nonprofit research institutes'),
    ('technology', 2, 'industry AI labs working on foundation models'),
    ('healthcare', 3, 'models for drug discovery, protein structure and medical imaging'),
    ('robotics', 4, 'learning-based control and perception research'),
    ('finance', 5, 'quantitative research on forecasting and risk models')
) as v(slug, position, note);

-- =====================================================================================================
-- Data Architect
-- =====================================================================================================
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period)
values ('data-architect', 'Data Architect', (select id from role_family where slug = 'data-engineering'),
        'Data Architects design how an organization stores, integrates and governs its data, setting the models, platforms and standards other data teams build on.',
        'A Data Architect defines the blueprint for an organization''s data: which systems hold which data, how those systems connect, and how the data is modeled, secured and kept consistent. The role works above day-to-day pipeline building, translating business needs into conceptual, logical and physical designs and guiding the engineers who implement them.',
        'The closest BLS category is Database Administrators and Architects, projected to grow 9% from 2023 to 2033, faster than the average for all occupations. Cloud migrations, stricter privacy rules and the push to make company data usable for AI keep architects in demand. Most people reach the role after several years as data engineers, database administrators or BI developers.',
        '+9%', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Database Administrators and Architects', '2023–2033');

insert into role_item (role_id, section, position, body)
select (select id from role where slug = 'data-architect'), v.section, v.position, v.body
from (values
    ('RESPONSIBILITY', 1, 'Design conceptual, logical and physical data models for warehouses, lakehouses and operational databases.'),
    ('RESPONSIBILITY', 2, 'Choose storage, integration and processing platforms, weighing cost, performance, vendor lock-in and team skills.'),
    ('RESPONSIBILITY', 3, 'Set company-wide standards for naming, data types, partitioning, retention and schema changes.'),
    ('RESPONSIBILITY', 4, 'Define governance controls such as access policies, lineage, classification of sensitive fields and compliance with rules like GDPR or HIPAA.'),
    ('RESPONSIBILITY', 5, 'Plan migrations from legacy on-premises systems to cloud platforms while keeping reporting running.'),
    ('RESPONSIBILITY', 6, 'Review designs from engineering teams and explain architectural tradeoffs to executives and business stakeholders.'),
    ('EDUCATION', 1, 'A bachelor''s degree in computer science, information systems or a related field is typical.'),
    ('EDUCATION', 2, 'Employers usually expect five or more years of hands-on work with databases, data warehousing or data engineering.'),
    ('EDUCATION', 3, 'Cloud architecture certifications from AWS, Google Cloud or Microsoft Azure are common and often listed in job ads.')
) as v(section, position, body);

insert into role_tip (role_id, position, title, body)
select (select id from role where slug = 'data-architect'), v.position, v.title, v.body
from (values
    (1, 'Master data modeling', 'Model the same business case both as a star schema and as a normalized design, and be ready to explain when each one fits better.'),
    (2, 'Learn one cloud deeply', 'Pick AWS, Google Cloud or Azure and study its storage, networking, identity and pricing well enough to design systems for it.'),
    (3, 'Document your decisions', 'Write short architecture decision records that state the problem, the options and the reason for your choice. This habit is a large part of the daily job.'),
    (4, 'Grow from engineering roles', 'Volunteer for schema design, migration planning and platform evaluations in your current data or database job. Those projects build the track record architects are hired on.')
) as v(position, title, body);

insert into role_skill (role_id, skill_id, position, note)
select (select id from role where slug = 'data-architect'), (select id from skill where slug = v.slug), v.position, v.note
from (values
    ('data-modeling', 1, 'dimensional, normalized and data vault designs at conceptual, logical and physical levels'),
    ('data-warehousing', 2, 'warehouse and lakehouse layouts, partitioning and workload isolation'),
    ('sql', 3, 'DDL, complex queries and performance tuning across several database engines'),
    ('data-governance', 4, 'access control, lineage, data classification and regulatory compliance'),
    ('cloud-infrastructure', 5, 'storage, networking, identity and cost planning on the major clouds'),
    ('etl-design', 6, 'integration patterns, batch versus streaming and change data capture'),
    ('stakeholder-communication', 7, 'presenting tradeoffs and roadmaps to executives and engineering teams')
) as v(slug, position, note);

insert into role_tool (role_id, tool_id, position)
select (select id from role where slug = 'data-architect'), (select id from tool where slug = v.slug), v.position
from (values
    ('er-studio', 1), ('lucidchart', 2), ('dbdiagram', 3), ('snowflake', 4), ('google-bigquery', 5),
    ('amazon-redshift', 6), ('postgresql', 7), ('informatica', 8), ('aws', 9), ('microsoft-azure', 10)
) as v(slug, position);

insert into role_industry (role_id, industry_id, position, note)
select (select id from role where slug = 'data-architect'), (select id from industry where slug = v.slug), v.position, v.note
from (values
    ('finance', 1, 'enterprise data platforms for risk and regulatory reporting'),
    ('healthcare', 2, 'patient data integration under strict privacy rules'),
    ('government', 3, 'modernizing legacy records systems'),
    ('insurance', 4, 'consolidating policy and claims data'),
    ('retail', 5, 'unified customer and inventory data across sales channels'),
    ('consulting', 6, 'data platform design for client organizations')
) as v(slug, position, note);

-- =====================================================================================================
-- BI Developer
-- =====================================================================================================
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period)
values ('bi-developer', 'BI Developer', (select id from role_family where slug = 'data-science-analytics'),
        'BI Developers build the dashboards, reports and semantic models that let business teams answer their own questions with trusted, current data.',
        'A BI Developer turns warehouse data into reporting products: dashboards, scheduled reports and the data models behind them. The role combines SQL and data modeling with visual design and close contact with business users, so that each metric is defined once and read the same way across the company.',
        'Nearly every mid-sized and large organization runs a BI platform, so demand for BI Developers is steady across industries. The closest BLS category is Data Scientists, projected to grow 36% from 2023 to 2033, although BI work usually involves less statistical modeling and prediction. Self-service tools are shifting the job toward governed data models and metric definitions rather than one-off reports.',
        '+36%', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Data Scientists', '2023–2033');

insert into role_item (role_id, section, position, body)
select (select id from role where slug = 'bi-developer'), v.section, v.position, v.body
from (values
    ('RESPONSIBILITY', 1, 'Build and maintain dashboards and reports in tools such as Power BI, Tableau or Looker.'),
    ('RESPONSIBILITY', 2, 'Design semantic models, measures and calculated fields so that key metrics have one agreed definition.'),
    ('RESPONSIBILITY', 3, 'Write and tune the SQL queries and views that feed reports from the data warehouse.'),
    ('RESPONSIBILITY', 4, 'Gather reporting needs from business teams and turn vague requests into clear metrics and layouts.'),
    ('RESPONSIBILITY', 5, 'Manage refresh schedules, row-level security and workspace permissions for reports.'),
    ('RESPONSIBILITY', 6, 'Reconcile report figures with source systems and track down the cause when numbers disagree.'),
    ('EDUCATION', 1, 'A bachelor''s degree in information systems, computer science, business analytics, statistics or economics is common.'),
    ('EDUCATION', 2, 'Many BI Developers start as data analysts or report writers and grow into the role through hands-on work with BI platforms.'),
    ('EDUCATION', 3, 'Vendor certifications, such as Microsoft''s Power BI Data Analyst credential or Tableau certifications, can help early in a career.')
) as v(section, position, body);

insert into role_tip (role_id, position, title, body)
select (select id from role where slug = 'bi-developer'), v.position, v.title, v.body
from (values
    (1, 'Publish a public dashboard', 'Take an open dataset, model it properly and publish it on Tableau Public or as a Power BI report, with a short note explaining the metrics you chose.'),
    (2, 'Get fluent in SQL', 'Joins, window functions and aggregations come up every day. Most BI interviews include a live SQL exercise.'),
    (3, 'Learn the modeling layer', 'DAX in Power BI or LookML in Looker is where the hard problems are. Correct, fast measures matter more than visual polish.'),
    (4, 'Watch your users work', 'Sit with the people who read your dashboards and see how they use them. You will learn which charts they need and which ones they ignore.')
) as v(position, title, body);

insert into role_skill (role_id, skill_id, position, note)
select (select id from role where slug = 'bi-developer'), (select id from skill where slug = v.slug), v.position, v.note
from (values
    ('sql', 1, 'joins, window functions, views and query tuning for reporting workloads'),
    ('dashboard-design', 2, 'layouts, filters and drill-downs built around a specific business question'),
    ('data-visualization', 3, 'chart types and colors that make comparisons quick to read'),
    ('data-modeling', 4, 'star schemas and semantic layers with shared metric definitions'),
    ('business-acumen', 5, 'revenue, cost and operational KPIs and how the business uses them'),
    ('stakeholder-communication', 6, 'gathering requirements and explaining what the numbers mean'),
    ('spreadsheet-modeling', 7, 'Excel models and pivot tables that many business users still depend on')
) as v(slug, position, note);

insert into role_tool (role_id, tool_id, position)
select (select id from role where slug = 'bi-developer'), (select id from tool where slug = v.slug), v.position
from (values
    ('power-bi', 1), ('tableau', 2), ('looker', 3), ('metabase', 4), ('apache-superset', 5),
    ('snowflake', 6), ('google-bigquery', 7), ('postgresql', 8), ('dbt', 9), ('excel', 10)
) as v(slug, position);

insert into role_industry (role_id, industry_id, position, note)
select (select id from role where slug = 'bi-developer'), (select id from industry where slug = v.slug), v.position, v.note
from (values
    ('retail', 1, 'sales, inventory and store performance reporting'),
    ('finance', 2, 'financial close, branch and risk reporting'),
    ('healthcare', 3, 'hospital operations and quality-of-care dashboards'),
    ('manufacturing', 4, 'production output, yield and downtime tracking'),
    ('logistics', 5, 'delivery times and fleet utilization reports'),
    ('government', 6, 'public service performance and budget reporting')
) as v(slug, position, note);

-- =====================================================================================================
-- Computer Vision Engineer
-- =====================================================================================================
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period)
values ('computer-vision-engineer', 'Computer Vision Engineer', (select id from role_family where slug = 'applied-ai'),
        'Computer Vision Engineers build systems that interpret images and video, from defect detection on factory lines to perception for robots and vehicles.',
        'A Computer Vision Engineer develops and deploys models that detect, classify, segment or track objects in images, video and other sensor data. The job covers the whole path from collecting and labeling data to training models and running them within tight latency and hardware limits, often on cameras, vehicles or other edge devices.',
        'Vision systems are spreading through manufacturing, retail, healthcare, agriculture and transportation, which keeps demand for specialists healthy. The closest BLS category is Computer and Information Research Scientists, projected to grow 26% from 2023 to 2033. Engineers who can deploy models on edge hardware, and not only train them, are especially sought after.',
        '+26%', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Computer and Information Research Scientists', '2023–2033');

insert into role_item (role_id, section, position, body)
select (select id from role where slug = 'computer-vision-engineer'), v.section, v.position, v.body
from (values
    ('RESPONSIBILITY', 1, 'Train and fine-tune models for image classification, object detection, segmentation and tracking.'),
    ('RESPONSIBILITY', 2, 'Plan data collection and labeling, write annotation guidelines and audit label quality.'),
    ('RESPONSIBILITY', 3, 'Build image and video preprocessing pipelines, including camera calibration, augmentation and synthetic data.'),
    ('RESPONSIBILITY', 4, 'Shrink and speed up models for GPUs, mobile chips or embedded devices through quantization, pruning and efficient runtimes.'),
    ('RESPONSIBILITY', 5, 'Test models under real-world conditions such as poor lighting, occlusion and new camera setups, and document failure cases.'),
    ('RESPONSIBILITY', 6, 'Work with hardware, robotics or product teams to feed vision output into larger systems.'),
    ('EDUCATION', 1, 'A bachelor''s degree in computer science, electrical engineering or a related field is the minimum for most positions.'),
    ('EDUCATION', 2, 'A master''s or PhD focused on computer vision, image processing or machine learning is common, especially on research-heavy teams.'),
    ('EDUCATION', 3, 'Courses in geometry, optics or signal processing help in roles involving 3D reconstruction, camera hardware or sensor fusion.')
) as v(section, position, body);

insert into role_tip (role_id, position, title, body)
select (select id from role where slug = 'computer-vision-engineer'), v.position, v.title, v.body
from (values
    (1, 'Start with classic OpenCV', 'Learn filtering, feature detection and camera calibration before deep models. These basics still solve many problems and help you debug data issues.'),
    (2, 'Build an end-to-end detector', 'Collect and label a small dataset of your own, train a detector and run it on a webcam or phone. The labeling step alone teaches a great deal.'),
    (3, 'Learn deployment formats', 'Export a model to ONNX or TensorRT and measure its speed on real hardware. Employers value people who can make models fast enough for production.'),
    (4, 'Pick an application domain', 'Medical imaging, driving, retail analytics and industrial inspection each have their own data and constraints. Depth in one makes a portfolio more convincing.')
) as v(position, title, body);

insert into role_skill (role_id, skill_id, position, note)
select (select id from role where slug = 'computer-vision-engineer'), (select id from skill where slug = v.slug), v.position, v.note
from (values
    ('computer-vision', 1, 'detection, segmentation, tracking, camera geometry and 3D vision'),
    ('deep-learning', 2, 'convolutional networks and vision transformers trained on custom data'),
    ('python', 3, 'training code, data pipelines and evaluation scripts'),
    ('cpp', 4, 'fast inference code and integration with camera and robotics software'),
    ('linear-algebra', 5, 'projective geometry, coordinate transforms and camera models'),
    ('gpu-optimization', 6, 'quantization, batching and real-time inference on GPUs and edge chips'),
    ('data-preprocessing', 7, 'image augmentation, annotation quality checks and dataset balancing')
) as v(slug, position, note);

insert into role_tool (role_id, tool_id, position)
select (select id from role where slug = 'computer-vision-engineer'), (select id from tool where slug = v.slug), v.position
from (values
    ('opencv', 1), ('pytorch', 2), ('tensorflow', 3), ('hugging-face-transformers', 4), ('numpy', 5),
    ('jupyter', 6), ('weights-and-biases', 7), ('dvc', 8), ('docker', 9), ('aws-sagemaker', 10)
) as v(slug, position);

insert into role_industry (role_id, industry_id, position, note)
select (select id from role where slug = 'computer-vision-engineer'), (select id from industry where slug = v.slug), v.position, v.note
from (values
    ('automotive', 1, 'perception for driver assistance and autonomous driving'),
    ('manufacturing', 2, 'visual inspection and defect detection on production lines'),
    ('healthcare', 3, 'medical imaging such as X-ray, CT and digital pathology'),
    ('retail', 4, 'checkout-free stores, shelf monitoring and visual search'),
    ('robotics', 5, 'object recognition and grasping in warehouses and factories'),
    ('logistics', 6, 'parcel scanning, sorting and damage detection')
) as v(slug, position, note);

-- =====================================================================================================
-- NLP Engineer
-- =====================================================================================================
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period)
values ('nlp-engineer', 'NLP Engineer', (select id from role_family where slug = 'applied-ai'),
        'NLP Engineers build software that understands and generates human language, including search, classification, extraction, translation and chat systems.',
        'An NLP Engineer designs, trains and deploys models that work with text and speech. The role spans established techniques such as tokenization and named entity recognition as well as fine-tuning and evaluating transformer language models, with a focus on making language features accurate in a specific domain.',
        'Large language models have widened the range of language products companies can build, and demand for engineers who understand text data has grown with it. The closest BLS category is Computer and Information Research Scientists, projected to grow 26% from 2023 to 2033. Many NLP roles now overlap with AI Engineer work, so skills in both fine-tuning and LLM application design are valuable.',
        '+26%', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Computer and Information Research Scientists', '2023–2033');

insert into role_item (role_id, section, position, body)
select (select id from role where slug = 'nlp-engineer'), v.section, v.position, v.body
from (values
    ('RESPONSIBILITY', 1, 'Build models for text classification, named entity recognition, information extraction and semantic search.'),
    ('RESPONSIBILITY', 2, 'Fine-tune pretrained transformer models on domain text such as contracts, clinical notes or support tickets.'),
    ('RESPONSIBILITY', 3, 'Prepare text datasets through cleaning, deduplication and tokenization, and write guidelines for human annotators.'),
    ('RESPONSIBILITY', 4, 'Evaluate models with task metrics and human review, and check for bias and errors across languages and user groups.'),
    ('RESPONSIBILITY', 5, 'Deploy language models as services with acceptable latency and cost, and monitor their quality after launch.'),
    ('RESPONSIBILITY', 6, 'Work with product owners and domain experts to define what a correct answer looks like for each language feature.'),
    ('EDUCATION', 1, 'A bachelor''s degree in computer science, computational linguistics or a related field is the usual baseline.'),
    ('EDUCATION', 2, 'A master''s or PhD focused on natural language processing or machine learning is common, particularly for roles that involve training models.'),
    ('EDUCATION', 3, 'A background in linguistics is an asset for multilingual products, annotation design and error analysis.')
) as v(section, position, body);

insert into role_tip (role_id, position, title, body)
select (select id from role where slug = 'nlp-engineer'), v.position, v.title, v.body
from (values
    (1, 'Fine-tune a small model', 'Take a compact pretrained model from Hugging Face and fine-tune it on labeled data from a domain you care about. Then compare it with a prompted LLM on the same test set.'),
    (2, 'Respect text preprocessing', 'Tokenization, normalization and deduplication decide much of the final quality. Practice on messy real-world text, not only clean benchmark data.'),
    (3, 'Do error analysis by hand', 'Read a few hundred model mistakes and group them by cause. That guides better fixes than tuning hyperparameters blindly.'),
    (4, 'Work beyond English', 'A second language exposes tokenization, data scarcity and evaluation problems that many teams struggle with, and it sets your portfolio apart.')
) as v(position, title, body);

insert into role_skill (role_id, skill_id, position, note)
select (select id from role where slug = 'nlp-engineer'), (select id from skill where slug = v.slug), v.position, v.note
from (values
    ('nlp', 1, 'tokenization, entity recognition, text classification, retrieval and language model fine-tuning'),
    ('python', 2, 'text processing, training scripts and model serving code'),
    ('deep-learning', 3, 'transformer architectures, attention and parameter-efficient fine-tuning such as LoRA'),
    ('machine-learning', 4, 'classic baselines, evaluation metrics and model selection'),
    ('data-preprocessing', 5, 'cleaning, deduplicating and labeling large text collections'),
    ('llm-applications', 6, 'retrieval, prompting and evaluation of large language models in products'),
    ('statistics', 7, 'significance of metric changes and agreement between annotators')
) as v(slug, position, note);

insert into role_tool (role_id, tool_id, position)
select (select id from role where slug = 'nlp-engineer'), (select id from tool where slug = v.slug), v.position
from (values
    ('hugging-face-transformers', 1), ('spacy', 2), ('pytorch', 3), ('scikit-learn', 4), ('langchain', 5),
    ('openai-api', 6), ('vllm', 7), ('elasticsearch', 8), ('pandas', 9), ('jupyter', 10)
) as v(slug, position);

insert into role_industry (role_id, industry_id, position, note)
select (select id from role where slug = 'nlp-engineer'), (select id from industry where slug = v.slug), v.position, v.note
from (values
    ('technology', 1, 'search, chat assistants and content moderation'),
    ('finance', 2, 'document analysis, news signals and compliance monitoring'),
    ('healthcare', 3, 'clinical note extraction and medical coding support'),
    ('media', 4, 'content tagging, recommendations and automatic subtitles'),
    ('advertising', 5, 'sentiment analysis and ad copy generation'),
    ('government', 6, 'multilingual document processing and public records search')
) as v(slug, position, note);

-- =====================================================================================================
-- Deep Learning Engineer
-- =====================================================================================================
insert into role (slug, name, family_id, summary, definition, outlook, outlook_figure, outlook_source, outlook_period)
values ('deep-learning-engineer', 'Deep Learning Engineer', (select id from role_family where slug = 'applied-ai'),
        'Deep Learning Engineers design, train and scale neural networks, handling the data pipelines, GPU clusters and optimizations that large models require.',
        'A Deep Learning Engineer specializes in building and training neural networks and making them run efficiently. Compared with a general machine learning engineer, the role goes further into model architectures, distributed training across many GPUs and inference performance, and it often supports research teams or products built on large custom models.',
        'Training and serving large neural networks is expensive, so companies value engineers who can make it faster and cheaper. The closest BLS category is Computer and Information Research Scientists, projected to grow 26% from 2023 to 2033. Hands-on experience with distributed training and GPU performance is scarce and tends to attract strong offers.',
        '+26%', 'U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Computer and Information Research Scientists', '2023–2033');

insert into role_item (role_id, section, position, body)
select (select id from role where slug = 'deep-learning-engineer'), v.section, v.position, v.body
from (values
    ('RESPONSIBILITY', 1, 'Design and implement neural network architectures for vision, language, audio or multimodal tasks.'),
    ('RESPONSIBILITY', 2, 'Run and debug large training jobs across many GPUs or nodes using data, tensor and pipeline parallelism.'),
    ('RESPONSIBILITY', 3, 'Build high-throughput data loading pipelines that keep accelerators busy during training.'),
    ('RESPONSIBILITY', 4, 'Profile and speed up training and inference with mixed precision, custom kernels, quantization and compilation.'),
    ('RESPONSIBILITY', 5, 'Track experiments, checkpoints and hyperparameters so that results can be reproduced and compared.'),
    ('RESPONSIBILITY', 6, 'Turn research prototypes into tested, maintainable training code that other engineers can extend.'),
    ('EDUCATION', 1, 'A bachelor''s degree in computer science, electrical engineering, mathematics or physics is the typical minimum.'),
    ('EDUCATION', 2, 'Many Deep Learning Engineers hold a master''s or PhD in machine learning, though strong open-source or industry work can substitute.'),
    ('EDUCATION', 3, 'Courses in numerical computing, parallel programming and computer architecture are especially useful for performance-focused roles.')
) as v(section, position, body);

insert into role_tip (role_id, position, title, body)
select (select id from role where slug = 'deep-learning-engineer'), v.position, v.title, v.body
from (values
    (1, 'Train a model from scratch', 'Implement and train a small transformer or convolutional network without high-level wrappers. Knowing every layer makes real training runs far easier to debug.'),
    (2, 'Learn to profile GPUs', 'Use the PyTorch profiler and NVIDIA tools to find where the time goes in a training step. Speedups you can measure make strong portfolio items.'),
    (3, 'Practice multi-GPU training', 'Rent a few cloud GPUs and try distributed data parallel and sharded training. Many scaling problems only appear once you run on more than one device.'),
    (4, 'Contribute to open source', 'Fixes and features in PyTorch, JAX or Hugging Face libraries show employers you can work in serious deep learning codebases.')
) as v(position, title, body);

insert into role_skill (role_id, skill_id, position, note)
select (select id from role where slug = 'deep-learning-engineer'), (select id from skill where slug = v.slug), v.position, v.note
from (values
    ('deep-learning', 1, 'architectures, initialization, normalization and optimizer behavior in large networks'),
    ('gpu-optimization', 2, 'mixed precision, memory management, kernel fusion and profiling'),
    ('python', 3, 'training loops, data loaders and framework-level code'),
    ('distributed-computing', 4, 'data, tensor and pipeline parallelism across GPU clusters'),
    ('linear-algebra', 5, 'tensor operations, matrix multiplication costs and numerical stability'),
    ('cpp', 6, 'custom operators and CUDA extensions for performance-critical layers'),
    ('calculus', 7, 'backpropagation, gradient flow and loss landscapes')
) as v(slug, position, note);

insert into role_tool (role_id, tool_id, position)
select (select id from role where slug = 'deep-learning-engineer'), (select id from tool where slug = v.slug), v.position
from (values
    ('pytorch', 1), ('jax', 2), ('tensorflow', 3), ('hugging-face-transformers', 4), ('numpy', 5),
    ('weights-and-biases', 6), ('mlflow', 7), ('docker', 8), ('kubernetes', 9), ('google-cloud-platform', 10)
) as v(slug, position);

insert into role_industry (role_id, industry_id, position, note)
select (select id from role where slug = 'deep-learning-engineer'), (select id from industry where slug = v.slug), v.position, v.note
from (values
    ('technology', 1, 'foundation models and large-scale recommendation systems'),
    ('automotive', 2, 'perception networks for driver assistance'),
    ('healthcare', 3, 'imaging models and protein structure prediction'),
    ('robotics', 4, 'learned control policies and multimodal perception'),
    ('gaming', 5, 'character animation, upscaling and generated game content'),
    ('media', 6, 'speech, audio and video generation')
) as v(slug, position, note);
