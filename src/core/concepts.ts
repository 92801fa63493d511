// Every word the bot reads as something other than a name: what it stands for (its concepts), in
// zh-TW and English, once. The matcher (matcher.ts) compiles the rows into one reading of the question:
// at each place the longest word wins, so a word is never read inside another (目 in 目前, 比 in 比例).
// Adding a way of asking is adding a row. Names of things (budget lines, plans, indicators) are not
// here: they come from the data. English is put into the documents' Chinese first (lexicon.ts GLOSSARY).
import type { Operation } from './lexicon.js';

/** What a word can stand for. */
export const CONCEPTS = [
  // operations
  'rank', 'rankAsc', 'superlative', 'which', 'breakdown', 'detail', 'share', 'percent', 'change', 'diff', 'sum', 'total',
  'list', 'remaining', 'notBudgeted', 'execRate', 'compareWord', 'conjunction', 'direction', 'more', 'howMuch',
  'within', 'rankChange', 'rankCut', 'series', 'range', 'rateWord',
  // measures
  'm.budget', 'm.previous', 'm.final', 'm.rate', 'm.approved', 'm.budgetedToDate', 'm.executedToDate', 'm.change', 'specialBudget', 'approvedWord',
  // measures of one item other than its budget (vehicles, office space, travel …)
  'hint.area', 'hint.rent', 'hint.count', 'hint.fuel_cost', 'hint.displacement', 'hint.budget_personnel', 'hint.person_days',
  'hint.people', 'hint.days', 'hint.plans', 'hint.rate', 'hint.share',
  // answer types
  'askYear', 'askMoney', 'askCount', 'askPercent', 'howMany',
  // time
  'now', 'thisYear', 'lastYear', 'twoYearsAgo', 'bookYear', 'calendarYear', 'yearEnd', 'planned', 'started', 'flow',
  // references
  'that', 'it', 'both', 'first', 'firstTurn', 'second', 'back', 'followUp',
  // scope: what kind of record
  'revenue', 'expenditure', 'wholeFamily', 'execution', 'objectClassName', 'points', 'capital', 'current', 'staff', 'planWords', 'majorPlan', 'plan', 'commissioned', 'commissionedWord',
  'vehicles', 'objectClass', 'econClass', 'assetClass', 'workplanLevel', 'programmeLevel', 'agencyLevel',
  'wholeMinistry', 'totalBudget', 'wholeOwnAgency', 'exclude', 'document',
  // surfaces
  'help', 'search',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/** The measures of an item other than its budget that a word asks for, in the order they are tried. */
export const HINT_MEASURES: [Concept, string][] = [
  ['hint.area', 'area'], ['hint.rent', 'rent'], ['hint.count', 'count'], ['hint.fuel_cost', 'fuel_cost'], ['hint.displacement', 'displacement'],
  ['hint.budget_personnel', 'budget_personnel'], ['hint.person_days', 'person_days'], ['hint.people', 'people'], ['hint.days', 'days'],
  ['hint.plans', 'plans'], ['hint.rate', 'rate'], ['hint.share', 'share'],
];

export interface WordRow {
  /** what the word stands for; none for a word that says nothing about the item (請問, 的) */
  tags: Concept[];
  /** zh-TW words, a regular expression of alternatives (kept to words: no wildcards) */
  chinese?: string;
  /** English words, matched as whole words */
  english?: string;
  /** whether the word is left in the content words an item must explain: never (default), always, or
   * only when one of these operations is not asked (比, 跟 join two things a difference compares) */
  content?: 'keep' | Operation[];
  /** the text just before the word must end so (到 after a year is a range; in 達到 it is part of a word) */
  after?: RegExp;
  /** the text just after the word must start so (有 before 幾 asks how many; 有 elsewhere is a word) */
  before?: RegExp;
  /** read only in a question read as English (資安 A 級 keeps its A) */
  englishOnly?: boolean;
  /** for a counting word: the documents' counting words a count asked in it agrees with (幾件 → 件, 案) */
  counts?: string[];
}

const rows = (tags: Concept[], chinese?: string, english?: string, extra: Partial<WordRow> = {}): WordRow => ({ tags, chinese, english, ...extra });

/** Counting words of the documents (個, 家, 件 …) after 幾 / 多少. */
const COUNTERS = '個|家|座|位|名|人|件|筆|項|張|次|場|條|輛|台|臺|處|所';
const COUNTED_PHRASES = '個縣市|萬人次|組|種|片|封|起|艘|門|份|套|間|站';

/** Counting words a question may ask in, and the documents' counting words they agree with. English
 * counting nouns count only after "how many" (understand.ts). */
const COUNT_ROWS: WordRow[] = [
  rows(['askCount'], '幾個機關|多少個?機關', 'how many agencies', { counts: ['個機關', '機關', '個'] }),
  rows(['askCount'], '幾人次|多少人次', 'visits|person-times', { counts: ['人次', '萬人次'] }),
  rows(['askCount'], '(?:幾|多少)場次?', 'events|sessions', { counts: ['場', '場次'] }),
  rows(['askCount'], '幾家|多少家', 'exhibitors|companies|firms|vendors|operators', { counts: ['家'] }),
  rows(['askCount'], '幾件|多少件|(?:幾|多少)[個件]?提案', 'applications|cases|proposals|submissions', { counts: ['件', '案'] }),
  rows(['askCount'], '幾案|多少案', undefined, { counts: ['案', '件'] }),
  rows(['askCount'], '幾項|多少項', 'items|services', { counts: ['項'] }),
  rows(['askCount'], '(?:幾|多少)個?系統', 'systems', { counts: ['個', '項', '套'] }),
  // licences and permits are issued and counted by the case (執照 127 案); cards of a GPU are 片
  rows(['askCount'], '幾張|多少張', 'cards|certificates', { counts: ['張', '案', '片'] }),
  rows(['askCount', 'hint.people'], '幾位|幾名|幾人|多少人|多少位', 'people|users', { counts: ['人', '位', '名', '人次'] }),
  rows(['askCount'], '幾次|多少次', 'times|downloads', { counts: ['次', '人次'] }),
  rows(['askCount'], '幾臺|幾台|多少臺|多少台|(?:幾|多少)\\S{0,4}基地臺', 'base stations', { counts: ['臺', '台', '座'] }),
  rows(['askCount'], '幾座|多少座', undefined, { counts: ['座', '臺'] }),
  rows(['askCount'], '幾筆|多少筆', 'records|pieces', { counts: ['筆'] }),
  rows(['askCount'], '幾期|第幾期|多少期', 'issues', { counts: ['期'] }),
  rows(['askCount'], '幾隊|多少隊', 'teams', { counts: ['隊', '組'] }),
  rows(['askCount'], '幾則|幾篇|多少篇|多少則', undefined, { counts: ['則', '篇'] }),
  rows(['askCount', 'vehicles', 'hint.count'], '幾輛|多少輛|(?:幾|多少)(?:台|臺|部)?(?:公務)?車輛?', 'vehicles|cars', { counts: ['輛'] }),
  rows(['askCount', 'hint.person_days'], '(?:幾|多少)?人天', 'person-days', { counts: ['人天'] }),
  rows(['askCount'], '(?:幾|多少)?人時', 'person-hours', { counts: ['人時'] }),
  // a count named by its noun (家數, 件數): the number of companies, of cases
  rows(['askCount'], '家數', undefined, { counts: ['家'] }),
  rows(['askCount'], '件數|案數', undefined, { counts: ['件', '案'] }),
  rows(['askCount'], '次數', undefined, { counts: ['次', '人次'] }),
  rows(['askCount'], '項數', undefined, { counts: ['項'] }),
  rows(['askCount'], '筆數', undefined, { counts: ['筆'] }),
  rows(['askCount'], '個數|機關數', undefined, { counts: ['個機關', '機關', '個'] }),
];

export const WORDS: WordRow[] = [
  // ranking
  rows(['rank'], '最多|最高|最大|排名|排行|前\\s*(?:\\d{1,2}|[二三四五六七八九十])\\s*(?:名|大|個|項)?', 'top|largest|biggest|most|highest|rank|ranking|ranked'),
  rows(['rank', 'rankAsc'], '最少|最低|最小', 'lowest|smallest|least'),
  rows(['superlative'], '最', undefined, { content: 'keep' }),
  rows(['which'], '哪個|哪一個|哪些|哪一項|哪項|是誰|哪位|誰', 'which|who'),
  rows(['rankChange'], '增幅', undefined, { content: ['rank'] }),
  rows(['rankCut', 'rankChange'], '砍|刪減|縮減|降幅', 'cut', { content: ['rank'] }),
  // breakdown
  rows(['breakdown'], '細分|組成|分配|結構|分列|各機關|各項|各業務|分支計畫|(?:來源|項目|科目)(?:有|是|包括)?哪些|有哪些(?:來源|項目|科目)|依(?:機關|用途|業務計畫|經濟性|資產|科目)別?(?:分|區分)?',
    'breakdown|break down|split|composition|components|by agency|each agency|which sources|what sources'),
  rows(['breakdown', 'detail'], '明細|細項|細目', 'detail|details|itemised|itemized'),
  rows(['breakdown', 'objectClass'], '用途別', 'by object|object class|object classes'),
  rows(['breakdown', 'econClass'], '經濟性分類|經濟性', 'economic classification|economic'),
  rows(['breakdown', 'assetClass'], '資產別', 'by asset|asset'),
  // shares and percentages
  rows(['share'], '占|佔|比重|百分比', 'proportion|percent of|percentage of|share of'),
  rows(['share', 'hint.share'], '占比|佔比|比例', 'share'),
  rows(['percent', 'askPercent'], '(?:幾|多少)\\s*[%％]|百分之(?:多少|幾)?|幾趴|幾成|[%％]', 'percent|percentage|pct|%|rate'),
  // a word ending in 率 (失敗率, 使用率) asks a rate: a percent
  rows(['percent', 'askPercent'], '率', undefined, { content: 'keep' }),
  rows(['percent', 'askPercent', 'change'], '成長率|增減率|變動率|增加率|減少率', 'growth rate'),
  rows(['percent', 'askPercent', 'rateWord'], '比率'),
  rows(['percent', 'askPercent', 'rateWord'], '涵蓋率|普及率', 'coverage', { content: 'keep' }),
  rows([], '比例尺', undefined, { content: 'keep' }),
  rows(['m.rate', 'execRate', 'askPercent', 'hint.rate'], '執行率', 'execution rate'),
  rows(['m.rate', 'execRate', 'askPercent'], '達成率'),
  // change and difference
  rows(['change', 'm.change'], '增加多少|減少多少|增減|差異|變動', 'change|changed|difference in|versus|vs\\.?'),
  rows(['change', 'm.change', 'rankChange'], '增加|成長|增列|上升', 'increase|increased|growth|grow|grew|rise|rose'),
  rows(['change', 'm.change', 'rankChange', 'rankCut'], '減少|下降|減列', 'decrease|decreased|drop|dropped|fall|fell|decline|declined|shrink|shrank'),
  // 多多少 / 少多少 after 最 is a superlative and a how-much (誰預算最少 多少), never a difference
  rows(['diff', 'change', 'm.change'], '多多少|少多少', undefined, { after: /(?:^|[^最])$/ }),
  rows(['diff', 'change', 'm.change'], '差多少|差額|相差|差距|超過多少|多出多少|差',
    'difference|gap|how much more|how much less|how much lower|how much higher|how much larger|how much smaller|how much bigger|exceed|exceeds|exceeded|by how much'),
  rows(['m.change', 'compareWord'], '比較|相比|對比|相較', 'compare|compared|compares'),
  rows(['m.change', 'compareWord'], '比'),
  rows(['direction', 'more'], '多', undefined, { content: ['diff', 'changePct'] }),
  rows(['direction'], '少|掉', undefined, { content: ['diff', 'changePct'] }),
  rows(['direction', 'more'], '高|大', undefined, { content: 'keep' }),
  rows(['direction'], '低|小|降|增|減', undefined, { content: 'keep' }),
  rows(['series'], '趨勢|走勢|歷年|逐年|各年|變化', 'trend|trends|over the years|year by year|each year'),
  rows(['range'], '到|至', 'to|through|until', { after: /(?:\d|年|月|年度|底|\s)$/ }),
  // sums and totals
  rows(['sum'], '加起來|加總|總和|合計多少|共計', 'combined|together|in total|sum|add up|added up|add them up|add these up|add those up|add the two up|add both up'),
  rows(['total'], '合計|總計|總共|一共|共有|全部|整體|總額|總數', 'total|overall|altogether|in all'),
  rows(['total'], '全臺|全國', undefined, { content: 'keep' }),
  rows(['points', 'askPercent'], '(?:個)?百分點', 'percentage points|percentage point'),
  rows(['conjunction'], '加|\\+|與|和|及|跟|以及', undefined, { content: ['diff', 'changePct', 'rank'] }),
  rows(['conjunction'], undefined, 'and|plus|between'),
  rows(['both'], '(?:兩|二|三|四)(?:個|者|項)(?:機關|署)?', 'both|the two|two|the three|all three|three'),
  // counting and lists
  ...COUNT_ROWS,
  rows(['askCount'], `(?:幾|多少)\\s*(?:${COUNTERS})`),
  rows(['askCount'], `(?:幾|多少)\\s*(?:${COUNTED_PHRASES})`),
  rows(['askCount', 'howMany'], undefined, 'how many'),
  rows(['list'], '列出來|列出', 'list the|list all'),
  rows(['list', 'plan'], '哪些計畫'),
  rows(['list', 'plan', 'majorPlan'], '哪些重大計畫'),
  rows(['remaining'], '還沒執行|尚未執行|未執行|沒執行|沒花|剩下|剩餘|餘額|還有多少|還有|還剩多少|還剩|扣掉|扣除後',
    'unspent|not yet spent|not yet executed|not been spent|not been executed|not yet been spent|not yet been executed|remaining|remains|remain|left unspent|is left|are left|left over'),
  rows(['remaining', 'notBudgeted'], '還沒編列|尚未編列|未編列|沒編列|還沒編|沒編到|沒編',
    'not yet budgeted|not yet appropriated|unbudgeted|not yet been budgeted|not been budgeted|yet to be budgeted|still has to be budgeted|still to be budgeted|has to be budgeted'),
  // money and how much
  // 多少錢 is a "how much" too: 少了多少錢 asks a difference as 少了多少 does
  rows(['askMoney', 'howMuch'], '多少錢|多少(?:億|萬|千)?元|幾(?:億|萬|千)元?|多少億|多少萬|多少千|花多少|費用是多少', 'how much money'),
  rows(['askMoney'], '金額|數額', 'amount'),
  rows(['howMuch'], '多少|幾', 'how much'),
  // measures
  rows(['m.previous'], '上年度預算數?', "previous budget|last year's budget"),
  rows(['m.final'], '決算數?|實際|實支', 'final account|final accounts|actual spending|actual'),
  rows(['m.approved'], '核定總經費|總經費|計畫總額', 'approved total|total cost'),
  rows(['approvedWord'], '核定', 'approved', { content: 'keep' }),
  rows(['m.executedToDate'], '累計執行數?|已經執行了?|已執行|執行了|花了|花掉|用了',
    'executed to date|spent to date|spent so far|had been spent|has been spent|have been spent|had been executed|has been executed|already spent|already executed'),
  rows(['m.budgetedToDate'], '已編列預算數?|已經編列|累計編列|已經編了?|一共編了?|總共編了?|累計編了?|已編',
    'budgeted to date|budgeted so far|had been budgeted|has been budgeted|have been budgeted|already budgeted'),
  rows(['m.budget', 'askMoney'], '預算數?|編列|續編|經費|編了|編列了', 'budgeted|budget|budgets|allocation|appropriation|spend|cost'),
  rows(['askMoney'], '編'),
  rows(['askMoney'], '成本|造價|花費|營收|產值|投資|罰', 'output|fines|fine', { content: 'keep' }),
  rows(['askMoney', 'revenue'], undefined, 'income', { content: 'keep' }),
  rows(['askMoney', 'execution'], undefined, 'spent', { content: 'keep' }),
  rows(['specialBudget'], '特別預算', 'special budget', { content: 'keep' }),
  rows(['m.budget', 'askMoney', 'revenue', 'wholeFamily'], '歲入', 'revenue'),
  rows(['expenditure', 'wholeFamily'], '歲出', 'expenditure'),
  // measures of an item other than its budget
  rows(['hint.area'], '面積|坪數|平方公尺', 'area|square', { content: 'keep' }),
  rows(['hint.rent'], '租金', 'rent', { content: 'keep' }),
  rows(['hint.count', 'vehicles'], '輛數|車輛數', 'how many vehicles|how many cars'),
  rows(['hint.fuel_cost'], '油料|油費', 'fuel', { content: 'keep' }),
  rows(['hint.displacement'], '排氣量', 'engine size|cc', { content: 'keep' }),
  rows(['hint.budget_personnel'], '用人費用|人事費用', 'staff costs of|staff cost of', { content: 'keep' }),
  rows(['hint.people', 'askCount'], '人數', 'how many people', { counts: ['人', '位', '名', '人次'] }),
  rows(['hint.days'], '天數|幾天', 'days'),
  rows(['hint.plans'], '計畫數'),
  rows(['hint.plans', 'askCount', 'plan'], '(?:幾|多少)(?:個|項)計畫'),
  // answer types
  rows(['askYear'], '哪一年|哪年|何時|什麼時候|哪個年度|哪一個年度|做到哪一年|到哪一年|何年', 'which year|what year|when'),
  rows(['askYear', 'started'], '哪一年開始|何時開始|什麼時候開始|起始年|開始年|民國幾年開始|幾年開始', 'when did|start|started|begin|began'),
  // 幾年 before an end word asks a year (幾年結束); elsewhere it counts years
  rows(['askYear'], '民國幾年|幾年', undefined, { before: /^(?:才|就|會)?(?:結束|完成|到期|截止|止)/ }),
  // the end of what is asked about, after a year asked (什麼時候結束): the plan's end year is the answer, no words to explain
  rows([], '結束|到期', 'end|ends|wrap up', { after: /(?:時候|何時|幾年|哪一?年|when)\s*$/ }),
  // time
  rows(['now'], '目前|現在|至今|迄今|最新|現階段|截至今|到現在|到目前', 'now|currently|so far|to date|latest|as of today'),
  // a budget book's own years (本年度 of a 114 book is 114) …
  rows(['bookYear', 'thisYear'], '本年度'),
  rows(['bookYear', 'lastYear'], '上年度|上一年度'),
  rows(['bookYear', 'twoYearsAgo'], '前年度', undefined, { after: /(?:^|[^以])$/ }),
  // … and the calendar's, counted from the year being talked about
  rows(['calendarYear', 'thisYear'], '今年度|今年', 'this year|current year'),
  rows(['calendarYear', 'lastYear'], '去年|前一年', 'last year|previous year|prior year|the year before'),
  rows(['calendarYear', 'twoYearsAgo'], '前年', 'two years ago', { after: /(?:^|[^以])$/ }),
  rows(['yearEnd'], '年底|底', 'end of|by end|by the end'),
  rows(['planned'], '預計|預估|預期|目標|預定|規劃|將|明年|未來', 'planned|plans to|planning|target|expect|expected|goal|projected|projection|aims|aim|will'),
  rows(['started'], '才開始|開始的|新開始|新興|新增的', 'new in'),
  rows(['flow'], '新增|增設|新設', undefined, { content: 'keep' }),
  // references to earlier turns and their figures
  rows(['that'], '那個|這個|那些|這些|它們|那|這', 'that|this|those|these|them|they'),
  // a pronoun for one thing (它, it): after a ranking, the one it put first
  rows(['that', 'it'], '它的|它', 'it|its'),
  rows(['firstTurn'], '第一題|第一個問題|第一個提問', 'the first question|my first question'),
  rows(['first'], '第一個|第一名|第一', 'the first one|the first|first'),
  rows(['second'], '第二名|第二個|第二', 'the second|second|runner-up|second biggest|second largest'),
  rows(['back'], '回到|剛剛|剛才|前面|之前|一開始', 'go back to|back to|earlier|before|you mentioned'),
  rows(['followUp'], '呢|那麼', 'what about|how about|and for|same for|and in|and the|and what|also'),
  rows(['that'], '那時候|那時|當時', 'at that time|at the time'),
  rows([], '時候', 'than|big|large|wide'),
  rows(['direction', 'more'], undefined, 'more|higher|bigger|larger'),
  rows(['direction'], undefined, 'less|fewer|lower|smaller'),
  // scope: what kind of record is meant
  rows(['revenue'], '收入|規費', 'fees', { content: 'keep' }),
  rows(['execution'], '執行數|執行', 'executed'),
  rows(['planWords'], '執行情形|執行進度|進度|達成情形|目標達成|計畫期程|期程', 'progress|status'),
  rows(['staff'], '員額|人力|編制|職員|聘用|約僱|技工|工友|駕駛|警察|預算員額', 'staff|positions|headcount|employees', { content: 'keep' }),
  rows(['capital'], '資本門|資本支出', 'capital', { content: 'keep' }),
  rows(['objectClassName'], '人事費|業務費|獎補助費|設備及投資', undefined, { content: 'keep' }),
  rows(['current'], '經常門|經常支出', 'current', { content: 'keep' }),
  rows(['majorPlan', 'plan'], '重大計畫|重要社會發展(?:、|及|與|和)?重大科技發展計畫|重大科技發展計畫|重要社會發展計畫',
    'major plan|major plans|major social and technology development plans|development plans|development plan'),
  rows(['plan'], '計畫', 'plan|plans|project|projects|program|programs', { content: ['rank', 'count'] }),
  // a plan pointed at (這計畫, that plan) is the one already spoken of: no words of its own to explain
  rows(['that', 'plan'], '這個計畫|這計畫|該計畫|那個計畫|那計畫|此計畫', 'this plan|that plan|this project|that project'),
  rows(['commissioned'], '委辦計畫|委辦案|委辦項目', 'commissioned', { content: 'keep' }),
  // 委辦 alone is a collection when a plan or project of it is asked (哪個計畫委辦經費最高); else the object class
  rows(['commissionedWord'], '委辦', undefined, { content: 'keep' }),
  rows(['vehicles'], '公務車|車輛', 'official vehicles', { content: 'keep' }),
  rows(['workplanLevel', 'plan'], '工作計畫', 'work plan|work plans|workplan'),
  rows(['programmeLevel', 'plan'], '業務計畫', 'programme|programmes'),
  rows(['agencyLevel'], '機關|部會', 'agency|agencies'),
  rows(['agencyLevel'], '署', undefined, { content: ['share'] }),
  rows(['wholeMinistry'], '主管|全部會', 'ministry total|whole ministry|ministry-level|ministry level', { content: ['share'] }),
  rows(['wholeMinistry', 'totalBudget', 'm.budget', 'askMoney'], '總預算', 'total budget'),
  rows(['wholeOwnAgency'], '全署|該署|本署|機關預算|署預算'),
  rows(['within'], '底下|之下|下面|下的|裡面|裡|之中', 'under|within|among|of its'),
  rows(['within'], '下', undefined, { before: /^[，,、]/ }),
  rows(['within', 'followUp'], '其中', 'of them|among them|of those|among those|of these|among these'),
  rows(['exclude'], '不含|不包括|扣除|除了', 'excluding|not including|except|without'),
  rows(['document'], '(?:(?:單位|法定)預算書?|總?預算書|預算案|施政績效報告|業務概況報告|績效報告|報告書?)(?:裡面?|中|內|上|裡頭)?',
    'unit budget|according to|according|performance report|budget book|annual report'),
  // words that say nothing about what is asked
  rows([], '謝謝(?:您|你)?(?:的)?(?:協助|幫忙)?|感謝(?:您|你)?|麻煩(?:您|你)?|拜託|煩請|請問|查詢|告訴我|我想知道|想知道|是多少|有多少|為何|是什麼|什麼|如何|嗎|吧|的|了|共|大概|大約|左右|已經|到底|年度|年|截至|截止',
    'thank you|thanks|kindly|what is|what\'s|what are|what was|please|show me|tell me'),
  rows([], undefined, 'is|was|the|of|for|in|on|at|a|an|s|did|does|do|much|many|show|me|tell|give|year|fy|by|from|with|has|have|about|what|how|same|then|there|so|far|took|part|draw|hold|get|got|were|are|be|been|had|as|ever|yet|end|ended|till',
    { englishOnly: true }),
  rows([], '請', undefined, { after: /(?:^|[^申])$/ }),
  rows([], '有', undefined, { before: /^\s*(?:幾|多少)/ }),
  rows([], '是', undefined, { before: /^\s*(?:幾|多少)/ }),
  // what a count or a ranking is of is said by these; elsewhere they are part of a name
  rows([], '有', undefined, { content: ['count'] }),
  rows([], '各', undefined, { content: ['rank'] }),
  rows([], '中', undefined, { content: ['rank'], before: /^(?![\u3400-\u9fff]{2})/ }),
  rows([], '數字|指標|較'),
  rows([], '在|從|自', undefined, { after: /(?:^|[^\u3400-\u9fff])$/ }),
  // words that hold these characters but are words of their own
  rows([], '申請|請領|請求|請款|達到|收到|比賽|比對|至少|多元|大學|大型|小型|最後|目錄|目的|將來|其他|其餘|那邊|頻率|效率|匯率|利率|率先',
    undefined, { content: 'keep' }),
  // help and search, read on the whole question (matcher.ts)
  rows(['help'], '說明|幫助|使用說明|怎麼用|如何使用|指令|你會什麼|可以問什麼', 'help|what can you do|what can you answer|commands|command'),
  rows(['help'], '\\?|？', undefined, { after: /^\s*$/ }),
  rows(['search'], '搜尋|搜索|查找|尋找|找|哪裡提到|提到的段落', 'search|find|lookup|look up|where mentioned'),
];
