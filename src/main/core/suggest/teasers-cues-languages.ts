/**
 * The standard cue phrases of news sites in other languages than English, by the cue they stand
 * for: "Leia mais" and "Lire aussi" are "Read more", "Publicidade" and "Anzeige" are
 * "Advertisement", "Todos os direitos reservados" is "All rights reserved". Only set phrases a
 * site prints as a label, never words an article's sentence would start with on its own.
 */
import type { CuePattern } from './teasers-cues';

/** End of a word in any script (`\b` only knows ASCII letters: "pubblicità\b" never matches). */
const END = '(?![\\p{L}\\p{N}])';

const leading = (name: string, kind: CuePattern['kind'], phrases: string[]): CuePattern => ({
  name,
  kind,
  pattern: new RegExp(`^(?:${phrases.join('|')})${END}`, 'iu'),
});

/** Matched at the start of a line, like the English cues. */
export const OTHER_LANGUAGE_CUES: CuePattern[] = [
  // Advertisement labels are single words with other meanings too ("Anzeige" is also a police report): the line must be the label alone.
  {
    name: 'Advertisement',
    kind: 'furniture',
    pattern: /^(?:publicidade|publicidad|pubblicità|publicité|anzeige|werbung|advertentie|reklama|реклама|광고|广告|廣告|広告)[\s:.]*$/iu,
  },
  leading('Read more', 'related', [
    'leia (?:mais|também|tambem)',
    'veja (?:também|tambem|mais)',
    'saiba mais',
    'lee (?:también|tambien|más|mas)',
    'lea (?:también|tambien|más)',
    'leer más',
    'leggi (?:anche|di più|tutto|altro)',
    '(?:à )?lire (?:aussi|également|la suite)',
    'voir aussi',
    'mehr zum thema',
    'lesen sie (?:auch|mehr)',
    'weiterlesen',
    'lees (?:ook|meer|verder)',
    'читайте (?:также|ещё|еще)',
    '관련 ?기사',
    '관련 ?뉴스',
    '相关(?:新闻|阅读|文章|报道)',
    '相關(?:新聞|閱讀|文章|報導)',
    '延伸(?:阅读|閱讀)',
    '推荐阅读',
    '関連(?:記事|ニュース)',
  ]),
  leading('Related', 'related', [
    '(?:notícias|noticias|matérias|artigos|artículos) relacionad[oa]s',
    '(?:articoli|notizie) correlat[ie]',
    'articles (?:liés|similaires|connexes)',
    'sur le même sujet',
    '(?:ähnliche|verwandte) (?:artikel|themen)',
    'das könnte sie (?:auch )?interessieren',
    'te puede interesar',
    'também pode (?:gostar|interessar)',
    'potrebbe interessarti',
  ]),
  leading('Most read', 'related', [
    'mais (?:lidas|lidos|vistas|vistos)',
    '(?:lo |las |los )?más (?:leídas?|leídos|vistos?|vistas)',
    '(?:i |le )?più (?:lett[ie]|vist[ie])',
    'les plus (?:lus|partagés|populaires)',
    'meistgelesen(?:e)?',
    'meest gelezen',
    '많이 본 (?:뉴스|기사)',
    '인기 ?기사',
    '热门(?:新闻|文章)',
    '熱門(?:新聞|文章)',
  ]),
  leading('Share this', 'furniture', [
    'compartilhe',
    'compartilhar',
    'comparte',
    'compartir',
    'condividi',
    'partagez?',
    'teilen',
    'поделиться',
    '공유하기',
    '分享到',
    'clique aqui',
    'haga clic aquí',
    'clicca qui',
    'cliquez ici',
    'hier klicken',
    'fale conosco',
    'contáctenos',
    'contattaci',
    'contactez-nous',
  ]),
  leading('Sign up', 'furniture', [
    'assine',
    'inscreva-se',
    'suscríbete',
    'suscribirse',
    'iscriviti',
    'abonnez-vous',
    'inscrivez-vous',
    'newsletter abonnieren',
    'jetzt abonnieren',
    'подпишитесь',
  ]),
  leading('Privacy policy', 'furniture', [
    'política de privacidade',
    'política de privacidad',
    'informativa (?:sulla )?privacy',
    'politique de confidentialité',
    'mentions légales',
    'datenschutz(?:erklärung|hinweise)?',
    'impressum',
    'termos de uso',
    'términos y condiciones',
    'aviso legal',
    '개인정보(?:처리|취급)방침',
    '隐私政策',
    '隱私權政策',
  ]),
];

/** "All rights reserved" in other languages, wherever it sits on a short line. */
export const RIGHTS_RESERVED_ELSEWHERE =
  /(?:todos os direitos reservados|todos los derechos reservados|tutti i diritti riservati|tous droits réservés|alle rechte vorbehalten|alle rechten voorbehouden|все права защищены|版权所有|版權所有|무단 ?전재|저작권자|無断転載)/iu;
