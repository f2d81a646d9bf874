-- Career Atlas seed: curated role comparisons.
-- Pairs are stored in canonical order: role_a's slug sorts before role_b's slug.

insert into comparison (role_a_id, role_b_id, introduction, conclusion, published_on)
values ((select id from role where slug = 'data-engineer'),
        (select id from role where slug = 'machine-learning-research-engineer'),
$$Data engineers and machine learning research engineers both write a lot of code, but they point it at different problems. A data engineer builds and runs the systems that move data from where it is created to where it is used: ingestion jobs, warehouses, streaming platforms and the checks that keep all of it correct. Their work is judged by reliability, cost and how easily other people can use the data.

A machine learning research engineer sits inside a research group. The job is to turn new ideas into working experiments: implementing methods from papers, training models at scale, running ablations and making results reproducible. Success is measured by what the team learns, publishes or ships, so the pace follows the research agenda rather than a production schedule.$$,
$$Choose data engineering if you like durable systems, clear service levels and problems that come from scale and messy sources; entry paths are wide, and strong SQL and Python get you far. Choose research engineering if you enjoy mathematics, reading papers and running many experiments where most ideas fail, and expect employers to ask for a graduate degree or a record of reproducing published work. People move in both directions. Data engineers who learn PyTorch and distributed training often join research teams as infrastructure specialists, and research engineers tired of short project cycles find their pipeline skills valued on data platform teams.$$,
        date '2024-10-30');

insert into comparison (role_a_id, role_b_id, introduction, conclusion, published_on)
values ((select id from role where slug = 'data-analyst'),
        (select id from role where slug = 'data-scientist'),
$$Data analysts and data scientists often sit on the same team and query the same warehouse, which is why job ads blur them. The difference lies mainly in the questions they answer. Analysts explain what happened and why: they define metrics, build reports, dig into a sudden drop in sales and present the answer to the people who need it, usually with SQL, spreadsheets and a BI tool.

Data scientists spend more of their time on what will happen, or what would happen if something changed. They build predictive models, design experiments and estimate causal effects, which calls for deeper statistics and more programming in Python or R. In smaller companies one person frequently does both jobs.$$,
$$Start as a data analyst if you want the quickest route into the field, enjoy working close to business decisions and like seeing your work used the same week. Aim for data science if statistics and modeling draw you in and you are willing to invest in the math and programming they require. The two careers connect naturally: many data scientists began as analysts and added Python, experiment design and machine learning while they already knew the business. Senior analysts who stay on their track are also well paid and often move into analytics leadership.$$,
        date '2025-01-14');

insert into comparison (role_a_id, role_b_id, introduction, conclusion, published_on)
values ((select id from role where slug = 'data-engineer'),
        (select id from role where slug = 'data-scientist'),
$$A data engineer makes data available; a data scientist makes it answer questions. Engineers design pipelines, choose storage formats, manage warehouses and streaming systems, and worry about schemas, late-arriving records and failed jobs. Their customers are the analysts, scientists and applications that consume the data.

Data scientists start from a question, such as which customers are likely to cancel or whether a new feature improved retention, and work through exploration, modeling and communication of the results. They depend heavily on the engineer's work and notice quickly when it is missing or wrong. Both roles share Python and SQL, but an engineer's day looks more like software development, while a scientist's looks more like applied statistics.$$,
$$Pick data engineering if you enjoy building systems, care about correctness and performance, and prefer problems with a clear definition of done. Pick data science if you like open-ended questions, statistics and explaining findings to decision makers. Neither is a step up from the other, and pay is similar at comparable levels. Switching is common: data scientists who spend most of their week repairing pipelines often discover they prefer engineering, and engineers who pick up statistics and experiment design move toward science or toward machine learning engineering, which borrows from both.$$,
        date '2024-07-09');

insert into comparison (role_a_id, role_b_id, introduction, conclusion, published_on)
values ((select id from role where slug = 'machine-learning-engineer'),
        (select id from role where slug = 'mlops-engineer'),
$$Machine learning engineers and MLOps engineers both care about models in production, but they own different layers. A machine learning engineer builds the model-powered feature itself: preparing training data, choosing and training the model, wiring it into a product and improving its quality over time.

An MLOps engineer builds the platform that lets many such models be trained, deployed and watched safely. That means training infrastructure, model registries, CI/CD for models, feature stores, drift monitoring and the automation that removes manual steps. In a small company one person often covers both. In larger ones the split resembles the one between product developers and platform or DevOps teams: one side ships features, the other makes shipping them repeatable.$$,
$$If you enjoy modeling, evaluation and the product impact of better predictions, machine learning engineering is the better fit. If you get more satisfaction from infrastructure, automation and reliability, and would rather make a hundred models easier to run than tune one, choose MLOps. People coming from DevOps or backend development usually find MLOps the shorter step, while those with data science or research training lean toward machine learning engineering. The boundary is porous, and staff-level platform and applied ML roles tend to ask for experience on both sides.$$,
        date '2025-03-04');

insert into comparison (role_a_id, role_b_id, introduction, conclusion, published_on)
values ((select id from role where slug = 'analytics-engineer'),
        (select id from role where slug = 'data-engineer'),
$$Analytics engineering grew out of the gap between data engineering and analysis. Data engineers are responsible for getting raw data into the platform reliably: connectors, ingestion, orchestration, storage and the infrastructure underneath, often including streaming and large-scale processing.

Analytics engineers take over inside the warehouse. They transform raw tables into clean, documented and tested models that analysts and BI tools rely on, usually with SQL and dbt, and they agree on metric definitions with business teams. Both roles use version control, code review and automated tests, but the analytics engineer's work sits closer to business logic and reporting, while the data engineer deals more with systems, performance and uptime.$$,
$$Analytics engineering suits people who enjoy SQL, data modeling and understanding how a business measures itself, and it is a popular move for analysts who want to write better code. Data engineering suits those who prefer infrastructure, programming in Python, Java or Scala, and problems of scale and reliability. Many analytics engineers later shift into data engineering by taking on ingestion and orchestration work, and some data engineers go the other way to be closer to business impact. In small teams, expect to do a bit of both.$$,
        date '2024-08-20');

insert into comparison (role_a_id, role_b_id, introduction, conclusion, published_on)
values ((select id from role where slug = 'ai-engineer'),
        (select id from role where slug = 'machine-learning-engineer'),
$$The AI engineer title spread quickly once large language models became available through APIs and open weights. AI engineers build applications on top of pretrained models: retrieval over company documents, assistants that call tools, summarization and extraction features, plus the evaluation and guardrails that keep them trustworthy. They rarely train models from scratch.

Machine learning engineers have a longer history and a broader remit. They train, tune and serve models, often on a company's own data, for tasks such as ranking, forecasting, fraud detection or recommendations, and they handle feature pipelines and model monitoring. The AI engineer's toolkit leans toward prompting, embeddings and software integration; the ML engineer's leans toward training data, statistics and model internals.$$,
$$Software developers who want to work with generative AI usually become productive as AI engineers faster, because much of the job is solid backend engineering plus careful evaluation. Machine learning engineering asks for more statistics and modeling depth and offers work that is less tied to a single technology wave. The roles are converging: AI engineers increasingly fine-tune models and build evaluation pipelines, and ML engineers increasingly integrate language models into their systems. Learning the fundamentals of the other side is the best way to stay flexible while titles keep shifting.$$,
        date '2025-05-13');

insert into comparison (role_a_id, role_b_id, introduction, conclusion, published_on)
values ((select id from role where slug = 'data-scientist'),
        (select id from role where slug = 'machine-learning-engineer'),
$$Data scientists and machine learning engineers both build models, yet their days look different. A data scientist focuses on the question: exploring data, choosing an approach, checking assumptions, measuring effects and explaining what the results mean for a decision. Many of their models are used once for an analysis or live in notebooks and reports.

A machine learning engineer focuses on models that run continuously inside products. The work includes feature pipelines, training at scale, serving under latency targets, testing and monitoring after launch. In practice, data scientists often prototype a model and machine learning engineers make it robust, although many companies expect both skill sets from a single person.$$,
$$If your strengths are statistics, experimentation and communication, data science lets you use them every day. If you enjoy software engineering and want to see models work reliably at scale, machine learning engineering is the better match, and it tends to pay somewhat more at the same level. Data scientists move into ML engineering by strengthening their coding, testing and deployment skills. ML engineers who want more say over what gets built often add experiment design and product analytics and drift toward applied science.$$,
        date '2024-12-03');

insert into comparison (role_a_id, role_b_id, introduction, conclusion, published_on)
values ((select id from role where slug = 'machine-learning-research-engineer'),
        (select id from role where slug = 'research-scientist'),
$$In AI research labs, research scientists and research engineers work side by side on the same projects. The research scientist usually sets the direction: identifying open problems, proposing hypotheses and methods, designing experiments and writing the papers that present the findings. The role traditionally expects a PhD and a publication record.

The machine learning research engineer makes those ideas run. They implement models and training code, scale experiments across many GPUs, build evaluation harnesses and keep results reproducible. Good research engineers shape the research too, because knowing what is quick to try changes which ideas get tested. In many labs the boundary is thin, and both titles appear on the same author lists.$$,
$$Choose the research scientist path if you want to define the questions and are ready for the long academic training it usually involves. Choose research engineering if your strength is building and scaling systems and you want to work in research without necessarily completing a PhD; a master's degree plus strong open-source or reproduction work can be enough. Movement between the two is common. Research engineers who publish regularly often become scientists, and scientists who prefer building sometimes switch to engineering roles with more hands-on impact.$$,
        date '2025-07-22');

insert into comparison (role_a_id, role_b_id, introduction, conclusion, published_on)
values ((select id from role where slug = 'bi-developer'),
        (select id from role where slug = 'data-analyst'),
$$BI developers and data analysts both help organizations see their numbers, but they divide the work differently. A BI developer builds and maintains the reporting layer: semantic models, dashboards in tools such as Power BI, Tableau or Looker, scheduled reports, access rules and performance tuning. Their output is a product that many people open every day.

A data analyst uses those reports and the underlying data to answer specific questions: why a metric changed, which customers respond to an offer, whether a process change worked. Analysts write ad hoc SQL, use spreadsheets and sometimes Python or R, and their main output is an insight or recommendation rather than a tool.$$,
$$If you like building things other people rely on, care about clean data models and enjoy the technical side of BI platforms, a BI developer role fits you. If you prefer investigating, talking with stakeholders and telling the story behind the numbers, data analysis is the better choice. Analysts who become the go-to person for dashboards often move into BI development, and BI developers regularly grow into analytics engineering or data engineering. Both roles are common entry points into a data career.$$,
        date '2024-06-18');

insert into comparison (role_a_id, role_b_id, introduction, conclusion, published_on)
values ((select id from role where slug = 'computer-vision-engineer'),
        (select id from role where slug = 'nlp-engineer'),
$$Computer vision engineers and NLP engineers are both applied machine learning specialists, separated by the kind of data they handle. Vision engineers work with images and video: detection, segmentation, tracking, 3D reconstruction and visual inspection, often on cameras or edge devices where hardware, lighting and latency matter as much as the model.

NLP engineers work with text and transcribed speech: classification, extraction, search, translation and, increasingly, applications built on large language models. Their challenges include ambiguous wording, many languages and domains, and evaluating outputs that have no single correct answer. Both rely on deep learning and share frameworks like PyTorch, but the data pipelines, tooling and domain knowledge differ considerably.$$,
$$Pick computer vision if you are drawn to robotics, manufacturing, medical imaging or autonomous systems and enjoy geometry and working near hardware. Pick NLP if language fascinates you and you want to work on search, assistants, document processing or clinical text. Language models have made NLP openings more numerous lately, while vision remains essential in physical industries. Multimodal models are blurring the line, so engineers who understand both images and text are increasingly valuable, and switching later mostly means learning new data formats and evaluation methods.$$,
        date '2025-09-09');

insert into comparison (role_a_id, role_b_id, introduction, conclusion, published_on)
values ((select id from role where slug = 'data-architect'),
        (select id from role where slug = 'data-engineer'),
$$A data architect decides how an organization's data should be structured and connected; a data engineer builds and runs the systems that make it so. Architects design enterprise data models, choose platforms and integration patterns, set standards for naming, ownership, security and retention, and make sure new projects fit the overall plan. Much of their time goes into design reviews and conversations with business and IT leaders.

Data engineers implement pipelines, warehouses and streaming jobs, fix what breaks and tune what is slow. Data architect is rarely an entry-level job: most architects spent years as data engineers, database administrators or BI developers before taking on the wider view.$$,
$$Early in a career, data engineering is the practical choice: it teaches how data systems behave in real life and has far more openings. Data architecture becomes attractive once you enjoy design trade-offs, governance and influencing decisions more than writing code every day. The usual path runs from engineer to senior engineer to architect, often through a lead role on a platform migration. Some architects return to hands-on engineering, particularly in smaller companies where both jobs are combined under one title.$$,
        date '2025-02-11');

insert into comparison (role_a_id, role_b_id, introduction, conclusion, published_on)
values ((select id from role where slug = 'deep-learning-engineer'),
        (select id from role where slug = 'machine-learning-engineer'),
$$Deep learning engineers are machine learning engineers who specialize in neural networks. Their work centers on designing and training large models, managing GPU resources, speeding up training with techniques like mixed precision and distributed data parallelism, and compressing models so they run fast at inference time. They are common in vision, speech, language and recommendation teams with very large datasets.

Machine learning engineer is the broader title. It covers neural networks but also gradient boosting, linear models and other classical methods that are often the right tool for tabular business data, along with the feature pipelines, deployment and monitoring around them. Many ML engineers rarely train a deep network, and many deep learning engineers seldom touch a spreadsheet-shaped dataset.$$,
$$Choose deep learning engineering if you enjoy model architectures, GPU performance and working with images, audio or text at scale, and if you are willing to keep up with a fast-moving research literature. Choose machine learning engineering if you want broader options across industries and problem types, where judgment about the simplest adequate model matters more than scale. Moving from general ML engineering into deep learning is common once you have shipped a neural model in production, and deep learning specialists can broaden back out without much difficulty.$$,
        date '2025-10-21');
