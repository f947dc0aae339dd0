/** Small documents of the kind editors review, written by the tests themselves (no ../shared needed). */

export const WIRE_TXT = [
  'Northeast China posts steady growth in first quarter',
  'Release time: 2024-04-18 10:02',
  'HARBIN, April 18 (Xinhua) -- Heilongjiang Province recorded a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%, the provincial statistics bureau said on Thursday.',
  'Zhang Wei, director of the bureau, said investment in equipment manufacturing rose by 12 percent.',
  'Related: Harbin Electric Power Group signs new turbine contract | economy | industry',
  'Related: Harbin Electric Power Group signs new turbine contract | economy | industry',
  'The group said on Monday that the order, worth about',
].join('\r\n');

export const ARTICLE_HTML = `<!doctype html>
<html><head><title>Parasite found in river fish puzzles scientists</title>
<script>window.__pwned = true; document.title = 'pwned';</script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/science">Science</a></nav>
<article>
<h1>Parasite found in river fish puzzles scientists</h1>
<p>Researchers at the University of Basel have identified a previously unknown parasite in brown trout caught in the Rhine, they said in a study published on Tuesday.</p>
<p>The parasite, a tiny flatworm, was found in 14 of 200 fish sampled between March and June, according to the study in the journal Parasitology.</p>
<p>"We were surprised by how widespread it was," said Maria Keller, who led the research team. She said the finding posed no risk to people who eat the fish.</p>
<p>Fisheries officials in Basel said they would expand monitoring to three more rivers next year.<img src="x" onerror="window.__pwned = true"></p>
</article>
<aside class="related-stories"><h2>Related stories</h2>
<p>Scientists warn of rising river temperatures across Europe this summer</p>
<p>Salmon return to the Rhine after decades of absence, officials say</p></aside>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body></html>`;
