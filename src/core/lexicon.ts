// Words people use: agency aliases, measures, intents, and an English → Chinese glossary.
import { REPORT_GLOSSARY } from './glossary-reports.js';
import type { AgencyCode } from '../dataset/schema.js';
import { agencyRegistry, ministryOf } from '../dataset/agencies.js';

export interface AgencyInfo {
  code: AgencyCode;
  zh: string;
  en: string;
  short: string;
  aliases: string[]; // normalised (lower-case, no spaces inside CJK)
}

/** The agencies and their names: the registry's (data/agencies.json). */
export const AGENCIES: AgencyInfo[] = agencyRegistry().map((a) => ({ code: a.code, zh: a.name, en: a.en, short: a.short, aliases: a.aliases }));

/** "數位發展部" alone: the ministry proper or the ministry-level total. */
export const AMBIGUOUS_MINISTRY: string[] = ministryOf(agencyRegistry()).total.ambiguous ?? [];

const MINISTRY = ministryOf(agencyRegistry());
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The ministry's own names (the ministry proper's, and those that stand for it or the whole), in a pattern. */
const MINISTRY_NAMES = AMBIGUOUS_MINISTRY.map(escaped).join('|');

export function agencyInfo(code: AgencyCode): AgencyInfo {
  return AGENCIES.find((a) => a.code === code)!;
}

/** English phrases → the Chinese words the documents use. Longest phrases first. */
export const GLOSSARY: [string, string][] = ([
  ['budgeted to date', '已編列預算'],
  ['budgeted so far', '已編列預算'],
  ['executed to date', '累計執行數'],
  ['spent to date', '累計執行數'],
  ['spent so far', '累計執行數'],
  ['general administration', '一般行政'],
  ['administrative', '一般行政'],
  ['overseas travel', '派員出國'],
  ['travel abroad', '派員出國'],
  ['trips abroad', '派員出國'],
  ['foreign travel', '國外旅費'],
  ['personnel costs', '人事費'],
  ['personnel cost', '人事費'],
  ['personnel expenses', '人事費'],
  ['official vehicles', '公務車'], ['official cars', '公務車'],
  ['spend on personnel', '人事費'], ['spent on personnel', '人事費'], ['personnel spending', '人事費'],
  ['staff costs', '人事費'],
  ['overtime', '加班值班費'],
  ['equipment and investment', '設備及投資'],
  ['capital expenditure', '資本支出'],
  ['capital spending', '資本支出'],
  ['current expenditure', '經常支出'],
  ['operating expenses', '業務費'],
  ['operating costs', '業務費'],
  ['grants and subsidies', '獎補助費'],
  ['grants', '補助及捐助'],
  ['subsidies', '獎補助費'],
  ['donations', '捐助'],
  ['donation', '捐助'],
  ['commissioned projects', '委辦'],
  ['commissioned work', '委辦費'],
  ['commissioned', '委辦'],
  ['first reserve fund', '第一預備金'],
  ['reserve fund', '第一預備金'],
  ['reserve', '預備金'],
  ['user fees', '使用規費收入'],
  ['administrative fees', '行政規費收入'],
  ['fee revenue', '規費收入'],
  ['fees', '規費收入'],
  ['spectrum', '頻率及電信號碼使用費'],
  ['rental income', '租金收入'],
  ['rent', '租金收入'],
  ['interest income', '利息收入'],
  ['interest', '利息收入'],
  ['property income', '財產收入'],
  ['fines', '罰款及賠償收入'],
  ['miscellaneous revenue', '雜項收入'],
  ['miscellaneous income', '雜項收入'],
  ['miscellaneous', '雜項收入'],
  ['certificate fees', '證照費'],
  ['licence fees', '證照費'],
  ['license fees', '證照費'],
  ['revenue', '歲入'],
  ['income', '收入'],
  ['authorised positions', '預算員額'],
  ['authorized positions', '預算員額'],
  ['positions', '員額'],
  ['headcount', '員額'],
  ['civil servants', '職員'],
  ['contract staff', '聘用'],
  ['actual staff', '實際員額'], ['actually', '實際'],
  ['execution rate', '執行率'],
  ['final account', '決算'],
  ['actual spending', '決算'],
  ['special budget', '特別預算'],
  ['general budget', '主管總預算'],
  ['cybersecurity industry', '資安產業'],
  ['cyber security industry', '資安產業'],
  ['cyber security', '資通安全'],
  ['cybersecurity', '資通安全'],
  ['digital resilience', '數位韌性'],
  ['democracy network', '民主網絡'],
  ['open data', '開放資料'],
  ['members', '會員人數'],
  ['circuits', '總電路數'],
  ['accessibility marks', '無障礙網頁有效標章數'],
  ['marks', '標章'],
  ['platforms', '平臺'],
  ['connected agencies', '介接機關'],
  ['agencies connected', '介接機關'],
  ['accessibility', '無障礙'],
  ['disaster-resilient', '高抗災'],
  ['zero trust', '零信任'],
  ['hackathon', '黑客松'],
  ['presidential hackathon', '總統盃黑客松'],
  ['low earth orbit', '低軌'],
  ['satellite', '衛星'],
  ['third-party payment', '第三方支付'],
  ['digital youth ambassadors', '數位青年T大使'],
  ['vehicles', '車輛'],
  ['office space', '辦公房屋'],
  ['object class', '用途別'],
  ['compensation of employees', '受僱人員報酬'],
  ['purchases of goods and services', '商品及勞務購買支出'],
  ['goods and services', '商品及勞務購買支出'],
  ['current transfers', '經常移轉'],
  ['capital transfers', '資本移轉'],
  ['fixed capital formation', '固定資本形成'],
  ['intangible assets', '無形資產購入'],
  ['economic classification', '經濟性分類'],
  ['economic class', '經濟性分類'],
  ['approved total', '總經費'],
  ['total cost', '總經費'],
  ['executed', '累計執行'],
  ['major plan', '重大計畫'],
  ['programme', '業務計畫'],
  ['program', '業務計畫'],
  ['work plan', '工作計畫'],
  ['agencies', '機關'],
  ['agency', '機關'],
  // the reports' prose, in the words English speakers use for it
  ['exhibitors', '參展'], ['exhibitor', '參展'], ['visitors', '參觀人次'], ['attendees', '參與人次'],
  ['downloaded', '下載'], ['downloads', '下載'], ['download', '下載'],
  ['anti-fraud', '打詐'], ['fraud', '詐騙'], ['confirmed', '確認'], ['scam', '詐騙'], ['reporting app', '通報app'],
  ['universal cash handout', '普發現金'], ['cash handout', '普發現金'], ['claimed', '請領'],
  ['cumulative', '累計'], ['so far', '累計'], ['to date', '累計'], ['users', '使用人次'], ['usage', '使用量'],
  ['projected', '預計'], ['output value', '產值'], ['output', '產值'], ['industry', '產業'],
  ['private network', '專網'], ['applications', '申請案'], ['reviewed', '審查'], ['approved applications', '核准'],
  ['fined', '裁罰'], ['fines imposed', '裁罰'], ['penalties', '裁罰'], ['penalised', '裁罰'], ['penalized', '裁罰'],
  ['tokens', 'tokens'], ['training corpus', '訓練語料庫'], ['corpus', '語料庫'], ['sovereign ai', '主權ai'],
  ['products', '產品'], ['conformity verification', '符合性驗證'], ['verification', '驗證'], ['passed', '通過'],
  ['attacks', '攻擊'], ['incidents', '事件'], ['intercepted', '攔截'], ['intercept', '攔截'], ['blocked', '阻擋'], ['per month', '每月'], ['monthly', '每月'],
  ['malicious emails', '惡意郵件'], ['malicious web pages', '惡意網頁'], ['detected', '偵測'],
  ['domestic-brand', '國產品牌'], ['domestic brand', '國產品牌'], ['base stations', '基地臺'], ['base station', '基地臺'],
  ['equipment', '設備'], ['newly built', '新建'], ['share of', '比例'],
  ['news', '新聞'], ['fund', '基金'], ['received grants', '獲補助'], ['grants from', '補助'],
  ['cloud services', '雲端服務'], ['joint supply contracts', '共同供應契約'], ['joint procurement', '共同供應契約'],
  ['government agencies', '政府機關'], ['agencies spend on', '機關採購'], ['agencies spent on', '機關採購'],
  ['security alliance', '資安聯盟'], ['alliance', '聯盟'], ['membership', '會員'],
  ['coverage', '涵蓋率'], ['broadband', '寬頻'], ['remote areas', '偏遠地區'], ['rural', '偏鄉'],
  ['gold mark', '金標章'], ['datasets', '資料集'], ['dataset', '資料集'],
  ['gold cards', '就業金卡'], ['gold card', '就業金卡'], ['employment gold card', '就業金卡'],
  ['hotspots', '熱點'], ['certificates', '憑證'], ['digital wallet', '數位憑證皮夾'],
  ['future scenarios', '未來情境'], ['innovative applications', '創新應用'], ['smart government', '智慧政府'],
  ['backbone network', '骨幹網路'], ['critical communications', '關鍵通傳'], ['joint defence', '聯防'], ['joint defense', '聯防'],
  ['early-stage r&d', '先期研發'], ['early-stage', '先期'], ['r&d', '研發'], ['resilience', '韌性'], ['core network', '核心網路'],
  ['satellites', '衛星'], ['non-terrestrial', '非地面'], ['high-altitude platform', '高空通訊平臺'],
  ['cloud', '雲端'], ['talent', '人才'], ['training', '培訓'], ['trainees', '參訓人次'],
  ['startups', '新創'], ['small and medium enterprises', '中小企業'], ['smes', '中小企業'], ['revenue growth', '新增營收'],
  ['investment', '投資'], ['procurement', '採購'], ['contracts', '契約'], ['signed', '簽約'],
  ['teams', '隊'], ['registered', '報名'], ['weekly report', '週報'], ['issues', '期'],
  ...REPORT_GLOSSARY,
  // an agency's English name is read as the agency before its words are ("cyber security" in ACS's name)
  ...AGENCIES.flatMap((a) => a.aliases.filter((alias) => / /.test(alias) && /^[a-z -]+$/.test(alias)).map((alias) => [alias, a.aliases[0]])),
  ...AMBIGUOUS_MINISTRY.filter((alias) => / /.test(alias)).map((alias) => [alias, AMBIGUOUS_MINISTRY[0]]),
] as [string, string][]).sort((a, b) => b[0].length - a[0].length);

export type MeasureWord = 'budget' | 'previous' | 'final' | 'change' | 'rate' | 'approved' | 'budgetedToDate' | 'executedToDate';

/** Measure words, longest first within each group matters only for removal. */
export const MEASURE_WORDS: [RegExp, MeasureWord][] = [
  [/上年度預算數?|previous budget|last year's budget/, 'previous'],
  [/執行率|execution rate|達成率/, 'rate'],
  [/決算數?|實際|實支|final account|actual spending|actual/, 'final'],
  [/核定總經費|總經費|計畫總額|approved total|total cost/, 'approved'],
  [/累計執行數?|已執行|執行了|花了|花掉|用了|executed to date|spent to date|spent so far|(?:had|has|have) been (?:spent|executed)|already (?:spent|executed)/, 'executedToDate'],
  [/已編列預算數?|已經編列|累計編列|(?:已經?|一共|總共|累計)編了?|已編|budgeted to date|budgeted so far|(?:had|has|have) been budgeted|already budgeted/, 'budgetedToDate'],
  [/增加多少|減少多少|增減|增加|減少|比較|相比|對比|(?<![占佔])比(?![例重率])|差異|差多少|相差|變動|成長|減列|增列|change|increase|decrease|difference|\bvs\.?\b|compare[ds]?|versus|grow/, 'change'],
  [/(?<!特別)預算數?|編列|續編|經費|budgeted|budgets?|allocation|appropriation|spend|cost/, 'budget'],
];

export const RANKING = /最多|最高|最大|最少|最低|最小|排名|排行|前\s*(?:\d+|[二三四五六七八九十])\s*(名|大|個|項)?|\btop\s*\d*\b|\b(?:largest|biggest|most|highest|lowest|smallest|least|rank(?:ing|ed)?)\b/;
/** Words naming the major plans (重大計畫; major social and technology development plans). */
export const MAJOR_PLAN_WORDS = /重大計畫|major (?:[a-z]+ (?:and )?){0,4}plans?/;

/** A ranking by the change from the year before ("砍最多", "increased the most"), and by a cut. */
export const RANK_CHANGE = /增加|增列|成長|上升|增幅|減少|減列|下降|降幅|砍|刪減|縮減|increase|grow|rise|decrease|cut|drop|fall/;
export const RANK_CUT = /減少|減列|下降|降幅|砍|刪減|縮減|decrease|cut|drop|fall/;
/** A question about a plan or target rather than what was done. */
export const PLANNED_ASKED = /預計|預估|預期|目標|預定|規劃|將|明年|未來|planned|plans to|planning|target|expect|goal|project(?:ed|ion)|\baims?\b|\bwill\b/;
export const RANKING_ASC = /最少|最低|最小|\b(?:lowest|smallest|least)\b/;
export const BREAKDOWN = /細分|組成|分配|結構|明細|(?:來源|項目|科目)(?:有|是|包括)?哪些|有哪些(?:來源|項目|科目)|which sources|what sources|各機關|各項|各業務|分列|依.{1,6}(分|別)|用途別|經濟性分類|資產別|分支計畫|breakdown|break down|by object|split|composition|components|by agency|each agency/;
export const SHARE = /占|佔|比例|比重|百分比|\bshare\b|\bproportion\b|percent of|percentage/;
export const SEARCH = /^(搜尋|搜索|查找|尋找|找|search|find|lookup|look up)\s*[:：]?\s*|哪裡提到|提到.{0,6}的段落|where .*mention/;
export const HELP = /^(help|\?|？|說明|幫助|使用說明|怎麼用|如何使用|指令|你會什麼|可以問什麼|what can you (do|answer)|commands?)$/;
export const PLAN_WORDS = /執行情形|執行進度|進度|達成情形|目標達成|計畫期程|期程|progress|status/;
export const STAFF_WORDS = /員額|人力|編制|職員|聘用|約僱|技工|工友|駕駛|警察|staff|positions|headcount|employees/;

/** Acronyms the documents spell out in Chinese: a record that says 政府骨幹網路 mentions GSN. */
export const ACRONYMS: Record<string, string> = {
  gsn: '政府骨幹網路',
  haps: '高空通訊平臺',
  ntn: '非地面通訊',
  isac: '資安資訊分享',
  ai: '人工智慧',
};

/** A question that leans on the one before: 那…呢？, 數產署呢, and for 2024?, what about ADI? */
export const FOLLOW_UP = /呢[?？]?$|^那|^其中|^(?:and|what about|how about|same for|also)\b|\b(?:of|among) (?:them|those|these)\b|^(?:差多少|加起來|兩個|兩者)/;

/** Everyday words for what the documents call otherwise (被罰 → 裁罰): read as the documents' words. */
export const SYNONYMS: [RegExp, string][] = [
  [/被罰了?|罰了|罰款|罰鍰/g, '裁罰'],
  [/擋掉|擋下|攔下/g, '阻擋'],
  [/審完|審了|審過/g, '審查'],
  [/撤銷|被撤|撤照/g, '廢止'],
  [/累積/g, '累計'],
  // the ministry with both its administrations is the ministry-level total
  [new RegExp(`(?:${MINISTRY_NAMES}|the ministry)\\s*(?:as a whole|overall|,?\\s*(?:and|including|with) (?:both|its two|the two|its) administrations|(?:及|和|與|連同|含)兩署)(?:\\s*(?:and|,)?\\s*(?:including|with) (?:both|its two|the two) administrations)?`, 'g'), MINISTRY.total.name],
  // "the ministry budget" is the ministry-level total's
  [/\b(?:the )?(?:whole |entire )?ministry(?:'s)? (?:total )?budget\b/g, `${MINISTRY.total.name}預算`],
  // "(including both administrations)" after the ministry-level total describes the total, names no part
  [/(?<=(?:ministry-level|ministry level|\btotal\b|as a whole|overall|主管)[^?？]{0,40}?)\s*[(（]?\s*(?:including|incl\.?|with|含|包括|連同)\s*(?:both|the two|its two|兩|兩個)\s*(?:administrations|署)\s*[)）]?/g, ' '],
  // the two administrations together
  [/兩署|兩個署|二署/g, MINISTRY.administrations.map((a) => a.name).join('和')],
  [/(?:both|the two|its two) administrations/g, MINISTRY.administrations.map((a) => a.short.toLowerCase()).join(' and ')],
  [/發了|發出/g, '核發'],
  [/下載量|被下載|下載次數/g, '下載'],
  [/報名了/g, '報名'],
  [/每個月/g, '每月'],
  [/首長座車|首長的車/g, '首長專用車'],
  // 資本門 alone (not 資本門獎補助費) is the capital expenditure
  [/資本門(?=預算|經費|多少|是多少|合計|總額|$|[?？\s])/g, '資本支出'],
  [/經常門(?=預算|經費|多少|是多少|合計|總額|$|[?？\s])/g, '經常支出'],
  [/一年/g, '每年'],
  // the whole that includes the special budget is the table's total row
  [/(?:含|包含|包括|連同|including\s*(?:the\s*)?)\s*特別預算/g, '合計'],
];

/** Words naming where a figure is printed, not what it is: 預算書裡, 報告中. */
/** Words asking the latest report of a figure, whatever its date. */
export const LATEST_ASKED = /目前|現在|至今|迄今|最新|現階段|截至今|\bnow\b|currently|so far|to date|latest|as of today/;

export const DOCUMENT_WORDS = /(?:(?:單位|法定)預算書?|總?預算書|unit budget|according|performance report|budget book|annual report|績效報告|預算案|施政績效報告|業務概況報告|報告書?)(?:裡面?|中|內|上|裡頭)?/g;

/** Words that carry no item meaning, removed before matching names. */
export const FILLER = /謝謝(?:您|你)?(?:的)?(?:協助|幫忙)?|感謝(?:您|你)?|麻煩(?:您|你)?|拜託|煩請|(?:多少|幾)\s*(?:個機關|個縣市|人次|人天|人時|場次|萬人次|則|篇|期|隊|組|案|種|片|封|起|艘|門|份|套|間|站)|請問|(?<![申])請(?![領求款])|查詢|告訴我|我想知道|想知道|是多少|有多少|有(?=幾|多少)|多少錢|(?:多少|幾)[個家座位名人件筆項張次場條輛台臺處所]?|為何|是什麼|什麼|如何|呢|嗎|吧|的|了|共|合計|總共|一共|金額|數額|數字|指標|比(?![例率重])|較|相較|大概|大約|左右|(?<=\d|年|月|\s)(?:到|至)|(?<![\u3400-\u9fff])(?:在|從|自)/g;

/** English words that carry no item meaning; only for English questions (資安 A 級 keeps its A). */
export const EN_FILLER = /(?<![a-z0-9])(?:thank you|thanks|kindly|how much|how many|what is|what's|what are|what was|is|was|the|of|for|in|on|at|to|a|an|and|s|did|does|do|much|many|please|show|me|tell|give|year|fy|by|from|with|has|have|its|projects?|items?|about|what|how|and|also|same|then|that|this|it|there|so|far|took|part|draw|hold|get|got|were|are|be|been|had|as|ever|yet|currently|end|ended|until|till)(?![a-z0-9])|'s/g;

/** The filler words removed from a question read in each language. */
const FILLERS: Record<'zh' | 'en', RegExp[]> = { zh: [FILLER], en: [FILLER, EN_FILLER] };

export function stripFiller(s: string, lang: 'zh' | 'en'): string {
  return FILLERS[lang].reduce((out, re) => out.replace(re, ' '), s);
}

/** Words that pick one of an item's measures other than the budget (vehicles, office space, travel …). */
export const MEASURE_HINTS: [RegExp, string][] = [
  [/面積|坪數|平方公尺|area|square/, 'area'],
  [/租金|rent/, 'rent'],
  [/幾輛|幾台|輛數|車輛數|多少輛|how many vehicles|how many cars/, 'count'],
  [/油料|油費|fuel/, 'fuel_cost'],
  [/排氣量|\bcc\b|engine size/, 'displacement'],
  [/用人費用|人事費用|staff costs? of/, 'budget_personnel'],
  [/人天|person-days/, 'person_days'],
  [/幾人|人數|多少人|幾位|how many people/, 'people'],
  [/天數|幾天|days/, 'days'],
  [/計畫數|幾個計畫|幾項計畫/, 'plans'],
  [/執行率|execution rate/, 'rate'],
  [/占比|比例|\bshare\b/, 'share'],
];

/** What a question asks to be done with the figures it names. */
export type Operation =
  | 'value' // one figure
  | 'diff' // the difference of two figures: two years, two agencies, or budget and final account
  | 'changePct' // a change between two years as a percentage of the earlier one
  | 'share' // a part as a percentage of its whole
  | 'ratio' // an execution rate computed from two figures of one thing
  | 'remaining' // budgeted but not yet executed
  | 'rank'
  | 'breakdown'
  | 'sum'
  | 'count'; // how many things of a kind (重大計畫, 委辦計畫)

export const OPERATION_WORDS = {
  remaining: /還沒執行|尚未執行|未執行|還沒編列|尚未編列|未編列|沒花|剩下|剩餘|餘額|unspent|not yet (?:spent|executed|budgeted)|remaining/,
  percent: /(?:幾|多少)\s*[%％]|百分之(?:多少|幾)|幾趴|百分比|比率|涵蓋率|普及率|成長率|增減率|變動率|增加率|減少率|percent|percentage|\bpct\b|\brate\b|coverage/,
  change: /(?<![占佔])比.{0,16}(?:多|少|增|減|掉|降|成長|變動|高|低)|成長|增加|減少|增減|變動|變化|下降|上升|growth|grow|grew|change|increase|decrease|drop|fall|fell|rise|rose|decline|shrink|shrank/,
  diff: /差多少|差額|相差|差距|差異|超過多少|多出多少|(?<!最)多[\u3400-\u9fff]{0,2}了?(?:幾|多少)|difference|gap|how much (?:more|less|lower|higher|larger|smaller|bigger)|\bexceed(?:s|ed)?\b|\bby how much\b|多多少|少多少/,
  // 執行了核定總經費的幾%: what was executed as a share of the plan's money is its execution rate
  execRate: /執行率|達成率|execution rate|(?:決算|final).{0,4}[/÷].{0,4}(?:預算|budget)|執行了?(?:數占|占)?(?:核定)?總經費的?(?:幾|多少)\s*[%％]|(?:executed|spent).{0,30}(?:percent|share|%)/,
  share: SHARE,
  count: /(?:重大計畫|委辦計畫|公務車).{0,14}?(?:幾|多少)\s*(?:個|項|件|輛)|(?:有|共|總共)?(?:幾|多少)\s*(?:個|項|件)?\s*(?:重大計畫|委辦計畫|計畫|plans?)|(?:幾|多少|how many)\s*(?:輛|公務車)|how many (?:official )?(?:vehicles|cars)|哪些(?:重大)?計畫|how many (?:major )?(?:plans|projects)|列出|list (?:the|all)/,
  sum: /(?:加|\+|與|和|及|and|plus).+(?:合計|總計|加總|總和|一共|共計|sum|total|combined)|加起來|加總|總和|合計多少|\btotal\b.*\bacross\b|\bcombined\b|\bin total\b|add(?:ed)?(?: (?:them|these|those|the two|both))? up/,
} as const;

/** Counting words a question may ask in ("幾件", "how many people"), and the document words they agree with. */
export const COUNT_WORDS: [RegExp, string[]][] = [
  [/人天|person-days/, ['人天']],
  [/人時|person-hours/, ['人時']],
  [/幾個機關|多少(?:個)?機關|how many agencies/, ['個機關', '機關', '個']],
  [/幾人次|多少人次|visits|person-times/, ['人次', '萬人次']],
  [/幾場|多少場|how many (?:events|sessions)/, ['場', '場次']],
  [/幾家|多少家|exhibitors|companies|firms|vendors|operators/, ['家']],
  [/幾件|多少件|(?:幾|多少)(?:個|件)?提案|applications|cases|proposals|submissions/, ['件', '案']],
  [/幾案|多少案/, ['案', '件']],
  [/幾項|多少項|how many (?:items|services)|\bitems\b/, ['項']],
  [/(?:幾|多少)個?系統|\bsystems\b/, ['個', '項', '套']],
  // licences and permits asked by the sheet are issued and counted by the case (執照 127 案); cards of a GPU are 片
  [/幾張|多少張|cards|certificates/, ['張', '案', '片']],
  [/幾位|幾名|幾人|多少人|多少位|how many people|people|users/, ['人', '位', '名', '人次']],
  [/幾次|多少次|times|downloads/, ['次', '人次']],
  [/幾臺|幾台|多少臺|(?:幾|多少)\S{0,4}基地臺|base stations/, ['臺', '台', '座']],
  [/幾座|多少座/, ['座', '臺']],
  [/幾筆|多少筆|records|pieces/, ['筆']],
  [/幾期|第幾期|多少期|issues/, ['期']],
  [/幾隊|多少隊|teams/, ['隊', '組']],
  [/幾則|幾篇|多少篇/, ['則', '篇']],
  [/幾輛|多少輛|(?:幾|多少)(?:台|臺|部)?(?:公務)?車(?:輛)?|vehicles|cars/, ['輛']],
  [/幾個|多少個|how many/, []],
];

/** Money asked in a unit ("多少億元", "幾千元"): the figure is the same, only its wording changes. */
export const MONEY_WORDS = /多少錢|成本|造價|花費|費用是多少|編了|編列|花了|花多少|多少(?:億|萬|千)?元|幾(?:億|萬|千)元?|多少億|多少萬|金額|經費|預算|營收|產值|投資|罰|how much|amount|budget|cost|spent|revenue|income|output|fines?\b/;

/** Words that say which unit or how much, not what: removed from the words an item must explain. */
export const UNIT_FILLER = /(?:多少|幾)?\s*(?:億|萬|千)?\s*元|多少億|幾億|多少萬|幾萬|多少千|[%％]|百分之(?:多少|幾)?|幾趴|編了|編列了|花了|已經|現在|那個|這個|總共|到底/g;

/** Words of each operation, removed from the words an item must explain when that operation is asked. */
export const OPERATION_FILLER: Partial<Record<Operation, RegExp>> = {
  changePct: /比|跟|與|和|多了|少了|掉了|降了|多|少|掉|成長|增加|減少|變動|增減|下降|上升|幾成|總(?=$)|growth|change|drop|rise/g,
  diff: /兩個署|兩個|兩者|both|the two|跟|與|和|及|差多少|差|差額|相差|差距|差異|多多少|少多少|比|多|少|增加|減少|成長|下降|difference|gap|between|drop(?:ped)?|f[ae]ll|decrease[ds]?|increase[ds]?|r[io]se|grow(?:n|th)?|change[ds]?/g,
  share: /該署|全署|本署|署|本部|全部|總|占|佔/g,
  ratio: /執行率|達成率|執行|決算|預算|[/÷]/g,
  remaining: /還沒執行|尚未執行|未執行|還沒編列|尚未編列|未編列|還有|沒花|剩下|剩餘|餘額|但|已經|編了|的錢|錢/g,
  count: /有|總共|共|幾個|幾項|幾件|多少個|多少項|哪些|列出來|列出|總計/g,
  sum: /加起來|加總|總和|一共|合計|兩個署|兩個|兩者|both|the two|\btwo\b|add(?:ed)?(?: (?:them|these|those|the two|both))? up|\bcombined\b|\btogether\b|\bsum\b/g,
  // what a ranking ranks (業務計畫, 工作計畫) is its level, not an item
  rank: /業務計畫|工作計畫|分支計畫|重大計畫|各|計畫|中(?![\u3400-\u9fff]{2})|programmes?|programs?|work ?plans?|major plans?|跟|與|和|比|砍|刪減|縮減|增加|減少|成長|下降|上升|增幅|降幅|cut|increase[ds]?|decrease[ds]?|drop(?:ped)?|r[io]se|grow(?:n|th)?|f[ae]ll/g,
};
