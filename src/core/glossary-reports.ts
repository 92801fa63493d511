// English words for the figures in the reports' prose (施政績效報告, 業務概況報告, 施政及預算重點說明,
// 預算總說明, 重要社會發展、重大科技發展計畫執行情形表) → the Chinese words those reports print.
// Keys are lower-case English; values are written as the bot compares them: no spaces between CJK and
// Latin, Latin in lower case, 臺 for 台. Every value occurs in the seed documents (checked by script).
// Keys do not repeat GLOSSARY's in lexicon.ts; generic budget words are left to GLOSSARY.

export const REPORT_GLOSSARY: [string, string][] = [
  // AI: compute pool, GPUs, models, productisation, adoption
  ['ai compute pool', 'ai算力池'], ['compute pool', '算力池'], ['computing power', '算力'], ['ai computing centers', 'ai算力中心'],
  ['gpus', 'gpu'], ['ai models', 'ai模型'], ['productized', '產品化'], ['ai agents', 'ai代理人'],
  ['ai adoption rate', 'ai普及率'], ['ai unboxing day', 'ai開箱日'],
  ['ai technology service capability registration', 'ai技術服務能量登錄'], ['capability registration', '能量登錄'],

  // AI: evaluation centre, language models, sovereign training corpus, AI basic act, handbook
  ['ai evaluation center', 'ai產品與系統評測中心'], ['evaluated', '評測'],
  ['open-source language models', '開源語言模型'], ['language models', '語言模型'], ['large language models', '大型語言模型'],
  ['sovereign ai corpus', '臺灣主權ai訓練語料庫'], ['ai basic act', '人工智慧基本法'],
  ['public sector ai handbook', '公部門人工智慧應用參考手冊'],

  // Talent: courses, competency, trainee-times, interns, seed talent
  ['ai talent guidelines', 'ai產業人才認定指引'],
  ['ai civil service talent office', 'ai公務人才發展辦公室'],
  ['job matching platforms', '人才媒合平臺'], ['ecosystem partners', '生態系夥伴'],
  ['interns', '見習生'], ['retained by companies', '企業留用'],
  ['seed talent', '在地數位種子人才'], ['local digital talent', '在地數位種子人才'],
  ['digital innovation talent', '數位創新人才'], ['cross-domain digital talent', '跨域數位人才'],
  ['technical developers', '技術開發型人才'], ['high school students', '高中生'], ['cultivated', '培育'],
  ['courses', '課程'], ['online courses', '線上課程'], ['online competency courses', '線上資訊職能課程'],
  ['competency', '職能'],
  ['trainee-times', '人次'], ['training hours', '人時'],
  ['workshops', '工作坊'], ['seminars', '研討會'], ['focus groups', '焦點座談會'],
  ['in-service training', '在職訓練'], ['statutory training', '法定訓練'],
  ['it staff', '資訊人員'], ['it job series', '資訊職系'], ['information processing series', '資訊處理職系'],
  ['foreign professionals', '外國特定專業人才'], ['non-it backgrounds', '非資訊科系'],
  ['ai talent', 'ai人才'], ['cybersecurity talent', '資安人才'], ['cybersecurity staff', '資安人員'], ['county coverage', '縣市涵蓋率'],

  // Digital industry: investment, startups, matching, exhibitions, IT services
  ['ai startup investment program', '加強投資ai新創實施方案'], ['ai startups', 'ai新創'],
  ['co-investors', '搭配投資人'],
  ['national development fund', '國家發展基金'], ['private investment', '民間投資'], ['new investment', '新增投資'],
  ['investment amount', '投資金額'], ['contract value', '簽約金額'],
  ['business matching', '媒合'], ['matchmaking', '媒合'], ['fundraising', '募資'],
  ['exhibition', '展會'], ['buyers', '買家'], ['cross-industry', '跨產業'], ['case studies', '典範案例'],
  ['it service providers', '資服業者'], ['saas', 'saas雲端服務'],
  ['international cloud platforms', '國際雲平臺'], ['taiwan cloud market', '臺灣雲市集'],
  ['genai competition', '百工百業應用選拔'],
  ['technology transfer', '技術移轉'], ['tech transfer', '技轉'], ['patents', '專利'],
  ['digital content', '數位內容'],
  ['system integration', '系統整合'], ['international export', '國際輸出'],
  ['sports technology', '科技運動'],
  ['packaged software', '套裝軟體'], ['e-procurement', '政府電子採購網'],

  // 5G private networks and applications; news media and platforms
  ['5g private networks', '5g專網'], ['licences', '執照'], ['licenses', '執照'], ['licence', '執照'], ['license', '執照'], ['private network licenses', '專用電信網路執照'], ['license-exempt', '免發照'],
  ['smart teaching', '智慧教學'], ['telemedicine', '遠距醫療'], ['energy saving', '節能'],
  ['public-interest innovation', '公益創新'],
  ['news industry', '新聞產業'], ['digital platforms', '數位平臺'],
  ['news fund', '臺灣新聞數位共榮基金'], ['co-prosperity', '共榮'], ['taiwan', '臺灣'], ['projects', '計畫'],

  // Cybersecurity industry: post-quantum, dual-use, chips, CMMC, pavilion, output value
  ['post-quantum cryptography', '後量子密碼'], ['post-quantum', '後量子'],
  ['dual-use', '軍民通用'], ['cybersecurity pavilion', '臺灣資安館'],
  ['cross-border cooperation', '跨國合作案'],
  ['supply chain', '供應鏈'], ['suppliers', '供應鏈廠商'],
  ['cybersecurity maturity model certification', '網路安全成熟度模型認證'],
  ['chip security lab', '晶片資安檢測實驗室'], ['security testing labs', '資安檢測實驗室'],
  ['security label', '資安標章'], ['cybersecurity firms', '資安廠商'], ['cybersecurity output', '資安產業產值'],
  ['hacking competition', '駭客競賽'],

  // Anti-fraud: reporting website, scam ads, takedowns, advertising platforms
  ['fraud reporting website', '網路詐騙通報查詢網'], ['scam reporting website', '網路詐騙通報查詢網'],
  ['scam messages', '詐騙訊息'], ['scam ads', '詐騙廣告'], ['investment scam ads', '金融投資廣告'], ['impersonation', '身分冒充'],
  ['taken down', '下架'], ['takedowns', '下架'],
  ['online advertising platforms', '網路廣告平臺'], ['ad platforms', '網路廣告平臺'], ['transparency reports', '透明度報告'],
  ['fraud prevention act', '詐欺犯罪危害防制條例'], ['high-risk', '高風險'], ['per week', '每週'], ['reported cases', '通報案件'],

  // Third-party payment, game points, e-commerce, e-signatures
  ['revoked', '廢止登錄'], ['inspections', '查核'], ['audit coverage', '查核覆蓋率'],
  ['virtual accounts', '虛擬帳號'], ['anti-money laundering', '洗錢防制'],
  ['game points', '遊戲點數'], ['frozen accounts', '凍結異常帳號'],
  ['e-commerce', '電商'], ['online retailers', '電商業者'], ['cross-border e-commerce', '跨境電商'],
  ['cross-border transactions', '跨境交易額'], ['mobile payments', '行動支付'],
  ['administrative inspections', '行政檢查'], ['illegal products', '違法商品'],
  ['electronic signatures', '電子簽章'], ['e-signatures', '電子簽章'],


  // Telecom resilience: submarine cables, satellites, base stations, critical infrastructure
  ['submarine cables', '海纜'], ['undersea cables', '海纜'], ['cable landing stations', '海纜登陸站'], ['cable cuts', '斷纜'],
  ['disaster-resistant', '高抗災'],
  ['mobile base station vehicles', '行動基地臺車'], ['cell on wheels', '行動基地臺車'], ['mobile generators', '移動式發電機'],
  ['5g base stations', '5g基地臺'], ['domestic equipment', '國產設備'], ['population coverage', '電波人口涵蓋率'],
  ['fixed broadband', '固定寬頻'], ['telecom operators', '電信業者'],
  ['satellite emergency network', '非同步衛星應變網路'], ['non-geostationary', '非同步'],
  ['backhaul', '後傳'], ['satellite terminals', '衛星終端設備'],
  ['leo satellites', '低軌衛星'],
  ['digital terrestrial tv', '數位無線電視'],
  ['cloud core network', '雲端核心網路'],
  ['critical infrastructure', '關鍵基礎設施'], ['security drills', '安全防護演習'],
  ['high altitude platforms', '高空通訊平臺'], ['haps', '高空通訊平臺'],

  // Spectrum and internet governance
  ['spectrum and numbering fees', '頻率及電信號碼使用費'], ['numbering fees', '號碼使用費'], ['candidate bands', '候選頻段'], ['free-space optics', '自由空間光通信'], ['mid-band', '中頻段'],
  ['satellite frequency applications', '衛星通信頻率申請案'], ['r&d spectrum applications', '產業研發頻譜申請案件'],
  ['internet of vehicles', '車聯網'],
  ['digital application services', '數位應用服務'], ['ideathon', '點子松'],
  ['ministerial declaration', '部長宣言'], ['economies', '經濟體'],
  ['domain names', '網域名稱'], ['sovereign domain', '主權域名'],
  ['key positions', '要職'], ['newsletters', '電子報'], ['international meetings', '國際會議'],

  // Smart government: websites, portal, accessibility, zero trust, T-Road, GSN, certificates
  ['digital access survey', '數位近用調查'], ['digital development survey', '數位發展調查'],
  ['annual conference', '年會'], ['delegates', '代表'],
  ['usability testing', '易用性測試'], ['user-centered design', '使用者中心設計'], ['ucd', '使用者中心設計'],
  ['government websites', '政府網站'], ['local governments', '地方政府'],
  ['my e-government', '我的e政府'], ['e-government portal', '我的e政府'],
  ['themed showcases', '主題策展'], ['online application items', '網路申辦項目'],
  ['chatbot', '智能小幫手'], ['satisfaction survey', '滿意度調查'],
  ['manual testing', '人工檢測'], ['tests by people with disabilities', '身障人士檢測'],
  ['accessibility complaints', '無障礙申訴'], ['complaints', '申訴'], ['customer service consultations', '客服諮詢'],
  ['class a agencies', '資安a級機關'], ['identity authentication', '身分鑑別'], ['device authentication', '設備鑑別'],
  ['identity verification', '身分驗證'], ['data transmission platform', '資料傳輸平臺'], ['transmission volume', '傳輸量'],
  ['government service network', '政府網際服務網'], ['spam', '垃圾郵件'],
  ['ddos attacks', 'ddos攻擊'],
  ['short urls', '短網址'], ['url shortener', '短網址'], ['text messages', '簡訊'], ['sms', '簡訊'], ['short code', '短碼'],
  ['digital cruise', '數位巡航'], ['health checks', '健檢'],
  ['disbursement platform', '政府發放共用基礎平臺'], ['hakka coins', '客家幣'],
  ['cloud backup', '雲端備份'], ['public cloud', '公有雲'], ['wi-fi', '無線上網'],
  ['electronic certificates', '電子憑證'],
  ['server certificates', '伺服器應用軟體憑證'], ['ic card certificates', 'ic卡憑證'],
  ['open document format', '開放文檔格式'], ['network nodes', '網路節點'],
  ['service-oriented smart government', '服務型智慧政府'],

  // International cooperation, civic tech, digital wallet, hackathon, net zero
  ['digital economy steering group', '數位經濟指導小組'],
  ['digital trade agreement', '數位貿易協議'], ['freedom online coalition', '自由線上聯盟'], ['foc', '自由線上聯盟'],
  ['joint statements', '聯合聲明'], ['memorandum of understanding', '合作備忘錄'],
  ['civic tech', '公民科技'], ['civic tech testbed', '公民科技試驗場域'], ['local issues', '在地議題'],
  ['digital human rights conference', '數位人權全球大會'],
  ['digital wallet app', '數位憑證皮夾'], ['digital credential wallet', '數位憑證皮夾'],
  ['app downloads', 'app下載量'], ['sandbox', '沙盒'], ['sandbox accounts', '申請帳號'],
  ['international track', '國際松'], ['domestic track', '國內松'], ['proposals', '提案'], ['submissions', '徵件'],
  ['countries or regions', '國家或地區'], ['ukraine', '烏克蘭'],
  ['net zero', '淨零'], ['net-zero', '淨零'],

  // Open data, MyData, privacy-enhancing technologies, NGO/NPO data empowerment
  ['open data platform', '政府資料開放平臺'], ['page views', '瀏覽量'],
  ['domain data standards', '領域資料標準'], ['data standards', '資料標準'], ['platinum mark', '白金標章'],
  ['high-value datasets', '高應用價值'], ['high-value themes', '高應用價值主題'],
  ['personal data', '個人化資料'], ['data downloads', '資料下載'], ['over-the-counter services', '臨櫃服務'],
  ['identity verification methods', '身分驗證方式'], ['social housing', '社會住宅'],
  ['data innovation act', '促進資料創新利用發展條例'],
  ['privacy-enhancing technologies', '隱私強化技術'],
  ['ngos', 'ngo'], ['npos', 'npo'], ['non-governmental organizations', '非政府及民間組織'], ['non-profit organizations', '非營利組織'],
  ['data empowerment courses', '數據培力課程'], ['participating organizations', '參與組織'],
  ['data coaches', '數據教練'],

  // Cybersecurity governance: audits, drills, threat intelligence, exams, law, research institute
  ['national cybersecurity development program', '國家資通安全發展方案'],
  ['blacklist deployment', '黑名單自動化部署服務'], ['blacklists', '黑名單'],
  ['on-site audits', '實地稽核'], ['ai-assisted audits', 'ai輔助場外稽核'], ['joint audits', '聯合稽核'],
  ['security audits', '資安稽核'], ['audits', '稽核'],
  ['attack and defense drills', '攻防演練'], ['cyber drills', '攻防演練'],
  ['it vendors', '重要資訊廠商'],
  ['civil service exam', '高等考試'], ['cybersecurity exam category', '資通安全類科'],
  ['job conversion training', '職能轉換訓練'],
  ['cybersecurity management act', '資通安全管理法'], ['cybersecurity act', '資通安全管理法'],
  ['sub-regulations', '子法'],
  ['responsibility level', '責任等級'], ['vulnerabilities', '漏洞'], ['system weaknesses', '系統弱點'],
  ['cybersecurity training', '資安職能訓練'], ['security incident consultations', '資安事件諮詢'],
  ['national institute of cyber security', '國家資通安全研究院'], ['nics', '資安院'],
  ['threat intelligence', '情資'],
  ['cybersecurity weekly', '資安週報'], ['policy observatory weekly', '國際資安政策法制觀測週報'],
  ['emergency response', '緊急應變'], ['verification network', '驗證網路'],
  ['tv stations', '電視臺'], ['television stations', '電視臺'], ['digital channels', '數位頻道'], ['uplinks', '上鏈'],
  ['phishing', '釣魚網頁'], ['malicious files', '惡意檔案'], ['suspicious emails', '可疑惡意電子郵件'], ['suspicious malicious emails', '可疑惡意電子郵件'], ['suspicious', '可疑'], ['smartphones', '智慧型手機'],
  ['listed companies', '上市櫃公司'], ['incident reports', '通報'],

  // Everyday words of questions about the reports' figures (verbs and nouns the reports print)
  ['published', '發布'], ['publish', '發布'], ['released', '發布'], ['release', '發布'],
  ['information systems', '資訊系統'], ['systems', '系統'], ['transfer volume', '傳輸量'], ['transfers', '傳輸'],
  ['a month', '每月'], ['each month', '每月'], ['transmitted', '傳輸'], ['transferred', '傳輸'], ['exchanged', '傳輸'],
  ['weekly peak', '單週最高'], ['peak', '最高'], ['weekly', '每週'],
  ['on average', '平均'], ['average', '平均'], ['cruise check', '巡航'], ['cruise', '巡航'],
  ['trained', '培訓'], ['subsidised', '補助'], ['subsidized', '補助'], ['issued', '核發'], ['participants', '參與'],

  // Policy and performance reporting
  ['tracked projects', '列管計畫'], ['allocation execution rate', '經費分配執行率'], ['vacancies', '缺員'],
  ['policy dialogue platform', '數位施政對話平臺'],
  ['claim rate', '請領比率'], ['new immigrants', '新住民'], ['internet addiction', '網路沉迷'],
];
