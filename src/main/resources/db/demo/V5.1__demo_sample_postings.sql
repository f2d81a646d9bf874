-- Demo content only (db/demo: dev, tests and runs with APP_DEMO_CONTENT=true): every demo job says, at the top of
-- its description, that it is a sample posting. A migration of its own, so V5 stays byte for byte what databases
-- that applied it have recorded (its checksum is unchanged).

update job
set description = '> **Sample posting.** This job is demo content that shows how Career Atlas presents a job: it is'
        || ' not a real opening and applications go nowhere. Companies and links are examples.' || E'\n\n' || description
where company_id in (select id from company where slug in (
        'murmuration', 'rochester-institute-of-technology', 'amazon', 'northwind-analytics', 'harbor-lane-bank', 'cedarpoint-health', 'quillmark-retail-group', 'voltaris-energy', 'tessellate-robotics', 'lumenlingo', 'brightfield-insurance', 'kestrel-logistics', 'monsoon-data-labs', 'straits-ledger', 'pixelgrove-games', 'arclight-media', 'meridian-civic-analytics', 'orchid-foundry-ai', 'granite-peak-manufacturing', 'sablewave-telecom', 'clearsight-vision-systems', 'fieldnote-research-institute', 'copperline-ads'))
  and description not like '> **Sample posting.**%';
