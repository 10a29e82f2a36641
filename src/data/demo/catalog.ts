/**
 * The demo store's catalog: what Hội An Atelier sells, as the admin API and the import take it.
 * 31 products and 67 variants, each under one of the HS subheadings the starter tariffs price
 * (src/data/rules/tariffs/demo-goods.ts), made in Vietnam, with text in English, Vietnamese, German,
 * French, Japanese and Simplified Chinese. Customs descriptions are in English only (plain words for
 * the CN23 and the commercial invoice); other locales fall back to them.
 *
 * Prices are the brand's US dollar list prices in whole dollars; each market applies its own ending
 * (.99 in the US, .90 in the euro area, ...: see markets.ts). Weights are shipping weights in
 * kilograms (product and retail packaging), dimensions the packed size in centimetres.
 *
 * Each product has one image on the store's own server, `/media/demo/{handle}.png`, drawn by the
 * server from the product's main category (src/services/media/demo-images.ts); feeds make it absolute.
 *
 * Classification notes, where the obvious heading would be wrong:
 * - Cashews are sold plain (shelled and dried, never roasted or salted): roasted or salted nuts leave
 *   0801 for 2008.19, and the reduced food VAT rules of several countries assume plain nuts.
 * - Silk dresses are 6204.49 (women's dresses, not knitted, "of other textile materials"), since
 *   6204.41-44 cover wool, cotton, synthetic and artificial fibres only.
 * - Lacquered jewellery boxes and trays are 4420.90; the lacquered salad bowl is wooden tableware
 *   (4419.90); bamboo boards, chopsticks and utensils are 4419.11, 4419.12 and 4419.19.
 * - Sandals with leather uppers and rubber soles are 6403.99 (not 6403.20, which needs leather outer
 *   soles); brocade-strap sandals on rubber soles are 6404.19.
 */
import type { ProductInput, VariantInput } from '../../core/catalog/product-input.js';
import { DEMO_STORE } from './store.js';

/** One variant: SKU, options, USD list price, shipping weight (kg) and packed size (cm). */
function v(sku: string, options: Record<string, string>, amount: string, weightKg: string, [length, width, height]: [number, number, number]): VariantInput {
  return { sku, options, price: { amount, currency: DEMO_STORE.baseCurrency }, weightKg, dimensionsCm: { length, width, height } };
}

export const DEMO_CATALOG: ProductInput[] = [
  // -------------------------------------------------------------------------------------------
  // Coffee (0901.21: roasted, not decaffeinated)
  // -------------------------------------------------------------------------------------------
  {
    handle: 'buon-ma-thuot-robusta-whole-beans',
    status: 'active',
    hsCode: '090121',
    originCountry: 'VN',
    material: 'Roasted Robusta coffee beans (Coffea canephora)',
    categories: ['pantry', 'coffee'],
    tags: ['robusta', 'whole-bean', 'central-highlands', 'medium-dark-roast', 'bestseller'],
    images: [{ url: '/media/demo/buon-ma-thuot-robusta-whole-beans.png', alt: 'Buôn Ma Thuột Robusta Whole Beans' }],
    translations: {
      en: {
        title: 'Buôn Ma Thuột Robusta Whole Beans',
        description: 'Robusta from family farms around Buôn Ma Thuột in the Central Highlands, roasted medium-dark in small batches with nothing added. Bold and chocolatey, with low acidity and a thick crema, it is the bean behind a proper cà phê sữa đá. Whole beans keep their aroma longest: grind just before brewing.',
        customsDescription: 'Roasted coffee beans, whole, not decaffeinated (Robusta), in retail bags',
      },
      vi: {
        title: 'Cà phê Robusta Buôn Ma Thuột nguyên hạt',
        description: 'Robusta từ các nông hộ quanh Buôn Ma Thuột, Tây Nguyên, được rang mộc theo từng mẻ nhỏ ở mức rang vừa đậm. Vị đậm, hậu sô-cô-la, ít chua và lớp crema dày – đúng chất cà phê sữa đá. Giữ nguyên hạt để lưu hương lâu nhất, xay ngay trước khi pha.',
      },
      de: {
        title: 'Buôn Ma Thuột Robusta, ganze Bohne',
        description: 'Robusta von Familienbetrieben rund um Buôn Ma Thuột im zentralen Hochland, in kleinen Chargen mitteldunkel geröstet – ganz ohne Zusätze. Kräftig und schokoladig, mit wenig Säure und dichter Crema: die Bohne für einen echten cà phê sữa đá. Ganze Bohnen halten ihr Aroma am längsten; am besten erst kurz vor der Zubereitung mahlen.',
      },
      fr: {
        title: 'Café robusta de Buôn Ma Thuột en grains',
        description: 'Un robusta issu de petites exploitations familiales autour de Buôn Ma Thuột, sur les hauts plateaux du Centre, torréfié mi-foncé en petites fournées, sans aucun ajout. Corsé et chocolaté, peu acide, avec une crème épaisse : c’est le grain du véritable cà phê sữa đá. En grains, il garde tout son arôme ; moulez-le juste avant l’infusion.',
      },
      ja: {
        title: 'バンメトート産ロブスタ コーヒー豆（ホールビーン）',
        description: '中部高原バンメトート周辺の家族経営農園で育ったロブスタ種を、添加物を一切使わず、少量ずつ中深煎りに仕上げました。チョコレートのようなコクと控えめな酸味、厚いクレマが特徴で、ベトナム式アイスミルクコーヒー「カフェスアダー」に欠かせない豆です。香りが長持ちする豆のままお届けしますので、淹れる直前に挽いてお楽しみください。',
      },
      'zh-Hans': {
        title: '邦美蜀罗布斯塔咖啡豆（整豆）',
        description: '产自越南中部高原邦美蜀周边的家庭农场，以小批量中深度烘焙，不添加任何辅料。口感浓郁，带有巧克力般的醇厚，酸度低，油脂丰厚，是正宗越南冰奶咖啡的灵魂。整豆最能锁住香气，建议冲煮前现磨。',
      },
    },
    variants: [
      v('COF-ROB-250', { size: '250 g' }, '14.00', '0.28', [20, 12, 6]),
      v('COF-ROB-500', { size: '500 g' }, '25.00', '0.54', [24, 14, 8]),
      v('COF-ROB-1000', { size: '1 kg' }, '44.00', '1.06', [30, 18, 9]),
    ],
  },
  {
    handle: 'cau-dat-arabica-whole-beans',
    status: 'active',
    hsCode: '090121',
    originCountry: 'VN',
    material: 'Roasted Arabica coffee beans (Coffea arabica)',
    categories: ['pantry', 'coffee'],
    tags: ['arabica', 'whole-bean', 'da-lat', 'light-medium-roast', 'single-origin'],
    images: [{ url: '/media/demo/cau-dat-arabica-whole-beans.png', alt: 'Cầu Đất Arabica Whole Beans' }],
    translations: {
      en: {
        title: 'Cầu Đất Arabica Whole Beans',
        description: 'Grown at around 1,500 metres on the misty hills of Cầu Đất near Đà Lạt, one of Vietnam’s oldest Arabica regions. A light-medium roast brings out notes of brown sugar, orange peel and black tea. Lovely as a pour-over, or brewed in a phin with a touch of condensed milk.',
        customsDescription: 'Roasted coffee beans, whole, not decaffeinated (Arabica), in retail bags',
      },
      vi: {
        title: 'Cà phê Arabica Cầu Đất nguyên hạt',
        description: 'Trồng ở độ cao khoảng 1.500 mét trên những đồi sương mù Cầu Đất, Đà Lạt – một trong những vùng Arabica lâu đời nhất Việt Nam. Mức rang vừa sáng làm nổi bật hương đường nâu, vỏ cam và trà đen. Ngon nhất khi pha pour-over, hoặc pha phin với chút sữa đặc.',
      },
      de: {
        title: 'Cầu Đất Arabica, ganze Bohne',
        description: 'Angebaut auf rund 1.500 Metern in den nebligen Hügeln von Cầu Đất bei Đà Lạt, einer der ältesten Arabica-Regionen Vietnams. Die helle bis mittlere Röstung bringt Noten von braunem Zucker, Orangenschale und Schwarztee hervor. Wunderbar als Pour-over oder im Phin-Filter mit einem Schuss Kondensmilch.',
      },
      fr: {
        title: 'Café arabica de Cầu Đất en grains',
        description: 'Cultivé à environ 1 500 mètres d’altitude sur les collines brumeuses de Cầu Đất, près de Đà Lạt, l’une des plus anciennes régions d’arabica du Vietnam. Une torréfaction claire à moyenne révèle des notes de sucre roux, d’écorce d’orange et de thé noir. Délicieux en filtre, ou préparé au phin avec un trait de lait concentré sucré.',
      },
      ja: {
        title: 'カウダット産アラビカ コーヒー豆（ホールビーン）',
        description: 'ダラット近郊、標高約1,500メートルの霧深い丘陵地カウダットは、ベトナムでも指折りの歴史あるアラビカ産地です。中浅煎りに仕上げることで、ブラウンシュガーやオレンジピール、紅茶のような風味が引き立ちます。ハンドドリップはもちろん、フィンで淹れて練乳を少し加えるのもおすすめです。',
      },
      'zh-Hans': {
        title: '大叻 Cầu Đất 阿拉比卡咖啡豆（整豆）',
        description: '种植于大叻近郊 Cầu Đất 海拔约1500米、云雾缭绕的山丘，这里是越南历史最悠久的阿拉比卡产区之一。中浅度烘焙带出红糖、橙皮与红茶的风味。适合手冲，也可以用越南滴滤壶冲煮，加少许炼乳享用。',
      },
    },
    variants: [
      v('COF-ARA-250', { size: '250 g' }, '18.00', '0.28', [20, 12, 6]),
      v('COF-ARA-500', { size: '500 g' }, '32.00', '0.54', [24, 14, 8]),
    ],
  },
  {
    handle: 'hoi-an-phin-blend-ground',
    status: 'active',
    hsCode: '090121',
    originCountry: 'VN',
    material: 'Roasted ground coffee, Robusta and Arabica blend',
    categories: ['pantry', 'coffee'],
    tags: ['blend', 'ground', 'phin', 'dark-roast'],
    images: [{ url: '/media/demo/hoi-an-phin-blend-ground.png', alt: 'Hội An Phin Blend, Ground' }],
    translations: {
      en: {
        title: 'Hội An Phin Blend, Ground',
        description: 'Our house blend of Robusta and Arabica, ground medium-coarse for the Vietnamese phin filter. Dark, smooth and nutty, it stands up beautifully to sweetened condensed milk and ice. Also works well in a French press or a moka pot.',
        customsDescription: 'Roasted coffee, ground, not decaffeinated (Robusta and Arabica blend), in retail bags',
      },
      vi: {
        title: 'Cà phê phin Hội An (xay sẵn)',
        description: 'Phối trộn Robusta và Arabica theo công thức riêng của nhà, xay độ vừa thô dành cho phin. Vị đậm, êm, thơm bùi mùi hạt rang, rất hợp với sữa đặc và đá. Cũng có thể pha bằng bình French press hoặc ấm moka.',
      },
      de: {
        title: 'Hội An Phin-Mischung, gemahlen',
        description: 'Unsere Hausmischung aus Robusta und Arabica, mittelgrob gemahlen für den vietnamesischen Phin-Filter. Dunkel, weich und nussig – sie harmoniert wunderbar mit gesüßter Kondensmilch und Eis. Gelingt auch in der French Press oder im Espressokocher.',
      },
      fr: {
        title: 'Mélange Phin Hội An, moulu',
        description: 'Notre assemblage maison de robusta et d’arabica, moulu moyen-gros pour le filtre vietnamien phin. Intense, rond et aux notes de noisette, il se marie à merveille avec le lait concentré sucré et les glaçons. Convient aussi à la cafetière à piston ou à l’italienne.',
      },
      ja: {
        title: 'ホイアン フィンブレンド（粉）',
        description: 'ロブスタとアラビカを独自の比率でブレンドし、ベトナム式フィルター「フィン」に合う中粗挽きにしました。深いコクとなめらかさ、ナッツのような香ばしさがあり、練乳と氷を合わせても味がぼやけません。フレンチプレスや直火式エスプレッソメーカーでもおいしく淹れられます。',
      },
      'zh-Hans': {
        title: '会安滴滤拼配咖啡粉',
        description: '罗布斯塔与阿拉比卡的自家拼配，研磨成适合越南滴滤壶的中粗粉。风味深沉顺滑，带坚果香气，加入炼乳和冰块依然浓郁出众。也适用于法压壶或摩卡壶。',
      },
    },
    variants: [
      v('COF-PHN-250', { size: '250 g' }, '13.00', '0.28', [20, 12, 6]),
      v('COF-PHN-500', { size: '500 g' }, '23.00', '0.54', [24, 14, 8]),
    ],
  },

  // -------------------------------------------------------------------------------------------
  // Cashews (0801.32: shelled; plain, not roasted or salted)
  // -------------------------------------------------------------------------------------------
  {
    handle: 'binh-phuoc-cashews-natural',
    status: 'active',
    hsCode: '080132',
    originCountry: 'VN',
    material: 'Cashew kernels (Anacardium occidentale), shelled and dried',
    categories: ['pantry', 'nuts'],
    tags: ['cashews', 'w320', 'unsalted', 'unroasted', 'binh-phuoc'],
    images: [{ url: '/media/demo/binh-phuoc-cashews-natural.png', alt: 'Bình Phước Whole Cashews, Natural' }],
    translations: {
      en: {
        title: 'Bình Phước Whole Cashews, Natural',
        description: 'Whole W320 cashew kernels from Bình Phước, Vietnam’s cashew heartland, shelled and gently dried but never roasted, salted or oiled. Creamy and mildly sweet, they are ready to snack on, or to toast at home for curries, stir-fries and granola. Packed in resealable pouches.',
        customsDescription: 'Cashew nuts, shelled, dried, not roasted or salted (whole kernels, grade W320), in retail pouches',
      },
      vi: {
        title: 'Hạt điều Bình Phước nguyên hạt, tự nhiên',
        description: 'Nhân điều nguyên hạt loại W320 từ Bình Phước – thủ phủ hạt điều của Việt Nam, được tách vỏ và sấy nhẹ, hoàn toàn không rang, không muối, không dầu. Vị béo, ngọt dịu, ăn ngay rất ngon, hoặc rang lại tại nhà để nấu cà ri, xào hay làm granola. Đóng gói trong túi zip tiện lợi.',
      },
      de: {
        title: 'Bình Phước Cashewkerne, naturbelassen',
        description: 'Ganze Cashewkerne der Sortierung W320 aus Bình Phước, dem Cashew-Zentrum Vietnams – geschält und schonend getrocknet, aber weder geröstet noch gesalzen oder geölt. Cremig und mild-süß: direkt zum Knabbern oder zu Hause angeröstet für Currys, Pfannengerichte und Granola. Im wiederverschließbaren Beutel.',
      },
      fr: {
        title: 'Noix de cajou de Bình Phước, nature',
        description: 'Des noix de cajou entières de calibre W320, venues de Bình Phước, berceau de la cajou au Vietnam, décortiquées et séchées en douceur, sans torréfaction, sans sel ni huile. Fondantes et légèrement sucrées, elles se dégustent telles quelles ou se torréfient à la maison pour les currys, les sautés et le granola. En sachet refermable.',
      },
      ja: {
        title: 'ビンフオック産 生カシューナッツ（W320・無塩）',
        description: 'ベトナム最大のカシュー産地ビンフオックのW320グレードを、殻をむいてやさしく乾燥させただけの生カシューナッツです。ロースト・塩・油は一切使っていません。クリーミーでほんのり甘く、そのままでも、ご家庭で煎ってカレーや炒め物、グラノーラに使ってもおいしく召し上がれます。',
      },
      'zh-Hans': {
        title: '平福原味腰果（整粒 W320）',
        description: '精选越南腰果之乡平福省的 W320 整粒腰果仁，去壳后低温干燥，不烘烤、不加盐、不加油。口感绵密，带淡淡清甜，可直接食用，也可在家烘香后用于咖喱、小炒和格兰诺拉麦片。采用可重复密封袋包装。',
      },
    },
    variants: [
      v('NUT-W320-250', { size: '250 g' }, '12.00', '0.27', [20, 14, 5]),
      v('NUT-W320-500', { size: '500 g' }, '21.00', '0.53', [24, 17, 6]),
      v('NUT-W320-1000', { size: '1 kg' }, '38.00', '1.05', [30, 20, 7]),
    ],
  },
  {
    handle: 'king-cashews-w180-gift-tin',
    status: 'active',
    hsCode: '080132',
    originCountry: 'VN',
    material: 'Cashew kernels (Anacardium occidentale), shelled and dried; tinplate tin',
    categories: ['pantry', 'nuts'],
    tags: ['cashews', 'w180', 'gift', 'tet', 'unsalted'],
    images: [{ url: '/media/demo/king-cashews-w180-gift-tin.png', alt: 'King Cashews W180 Gift Tin' }],
    translations: {
      en: {
        title: 'King Cashews W180 Gift Tin',
        description: 'W180 is the largest cashew grade, about 180 kernels to the pound, and the one Vietnamese families set out for guests at Tết. These whole natural kernels are shelled and dried, nothing more, and packed in a lacquer-red tin that makes a handsome gift.',
        customsDescription: 'Cashew nuts, shelled, dried, not roasted or salted (whole kernels, grade W180), 400 g tin',
      },
      vi: {
        title: 'Hạt điều W180 hộp thiếc quà tặng',
        description: 'W180 là cỡ hạt điều lớn nhất, chỉ khoảng 180 hạt mỗi pound, thường được các gia đình Việt bày đãi khách ngày Tết. Nhân điều nguyên hạt tự nhiên, chỉ tách vỏ và sấy khô, đựng trong hộp thiếc đỏ son sang trọng để làm quà biếu.',
      },
      de: {
        title: 'Königs-Cashews W180 in der Geschenkdose',
        description: 'W180 ist die größte Cashew-Sortierung – rund 180 Kerne pro englischem Pfund (454 g) – und die Sorte, die vietnamesische Familien zum Neujahrsfest Tết ihren Gästen anbieten. Die ganzen, naturbelassenen Kerne sind nur geschält und getrocknet und kommen in einer lackroten Dose, die sich wunderbar verschenken lässt.',
      },
      fr: {
        title: 'Noix de cajou royales W180, boîte cadeau',
        description: 'Le calibre W180 est le plus gros qui soit, environ 180 noix par livre anglaise, celui que les familles vietnamiennes servent à leurs invités pour le Têt. Ces noix entières nature sont simplement décortiquées et séchées, puis présentées dans une boîte en métal rouge laque, idéale à offrir.',
      },
      ja: {
        title: 'キングカシューナッツ W180 ギフト缶',
        description: 'W180はカシューナッツの最大グレードで、1ポンドあたり約180粒。ベトナムではテト（旧正月）のおもてなしに欠かせません。殻をむいて乾燥させただけのホールカシューを朱赤の缶に詰めた、贈り物にぴったりの一缶です。',
      },
      'zh-Hans': {
        title: 'W180 特级大腰果（礼品铁罐装）',
        description: 'W180 是腰果中最大的等级，每磅仅约 180 粒，也是越南家庭春节待客的必备佳品。整粒原味腰果仅去壳干燥，不做其他加工，装在漆红色铁罐中，送礼体面大方。',
      },
    },
    variants: [v('NUT-W180-400', { size: '400 g' }, '24.00', '0.58', [12, 12, 14])],
  },

  // -------------------------------------------------------------------------------------------
  // Silk scarves (6214.10)
  // -------------------------------------------------------------------------------------------
  {
    handle: 'hoi-an-silk-square-scarf',
    status: 'active',
    hsCode: '621410',
    originCountry: 'VN',
    material: '100% mulberry silk twill, 16 momme',
    categories: ['accessories', 'scarves'],
    tags: ['silk', 'mulberry-silk', 'hand-rolled', 'ma-chau', 'gift'],
    images: [{ url: '/media/demo/hoi-an-silk-square-scarf.png', alt: 'Hội An Silk Square Scarf' }],
    translations: {
      en: {
        title: 'Hội An Silk Square Scarf',
        description: 'A 90 × 90 cm square of 16 momme mulberry silk twill, woven in the Mã Châu silk village near Hội An and hand-rolled at the edges. The colours are taken from the old town at dusk: lantern saffron, river jade or night indigo. Wear it at the neck, in your hair or tied to a bag.',
        customsDescription: 'Silk scarf, woven, 100% mulberry silk, 90 x 90 cm',
      },
      vi: {
        title: 'Khăn lụa vuông Hội An',
        description: 'Khăn vuông 90 × 90 cm bằng lụa tơ tằm dệt chéo 16 momme, dệt tại làng lụa Mã Châu gần Hội An và se viền thủ công. Bảng màu lấy cảm hứng từ phố cổ lúc hoàng hôn: vàng nghệ đèn lồng, xanh ngọc dòng sông và chàm đêm. Có thể quàng cổ, buộc tóc hay thắt lên quai túi.',
      },
      de: {
        title: 'Hội An Seidencarré',
        description: 'Ein Carré von 90 × 90 cm aus Maulbeerseiden-Twill (16 Momme), gewebt im Seidendorf Mã Châu bei Hội An und von Hand rolliert. Die Farben stammen aus der Altstadt in der Abenddämmerung: Laternen-Safran, Flussjade oder Nachtindigo. Um den Hals, im Haar oder am Taschenhenkel zu tragen.',
      },
      fr: {
        title: 'Carré de soie Hội An',
        description: 'Un carré de 90 × 90 cm en twill de soie de mûrier 16 mommes, tissé au village de la soie de Mã Châu, près de Hội An, et roulotté à la main. Ses couleurs viennent de la vieille ville au crépuscule : safran des lanternes, jade de la rivière ou indigo de la nuit. À nouer au cou, dans les cheveux ou à l’anse d’un sac.',
      },
      ja: {
        title: 'ホイアン シルクスカーフ（正方形）',
        description: 'ホイアン近郊の絹織物の村マーチャウで織られた16匁のシルクツイルを90×90cmの正方形に仕立て、縁を手でまつり縫いしました。色は夕暮れの旧市街から着想を得た、ランタンのサフラン、川面のジェード、夜のインディゴの3色です。首元に巻くのはもちろん、ヘアアクセサリーやバッグのアクセントにもどうぞ。',
      },
      'zh-Hans': {
        title: '会安真丝方巾',
        description: '选用16姆米桑蚕丝斜纹绸，在会安附近的 Mã Châu 丝绸村织造，边缘手工卷边，尺寸为90 × 90厘米。配色灵感来自黄昏时分的会安古城：灯笼藏红、河水玉绿与夜色靛蓝。可系于颈间、挽发，或点缀在包袋上。',
      },
    },
    variants: [
      v('SCF-SQ90-IND', { colour: 'indigo' }, '78.00', '0.12', [25, 25, 3]),
      v('SCF-SQ90-SAF', { colour: 'saffron' }, '78.00', '0.12', [25, 25, 3]),
      v('SCF-SQ90-JAD', { colour: 'jade' }, '78.00', '0.12', [25, 25, 3]),
    ],
  },
  {
    handle: 'lotus-print-long-silk-scarf',
    status: 'active',
    hsCode: '621410',
    originCountry: 'VN',
    material: '100% silk crêpe de chine',
    categories: ['accessories', 'scarves'],
    tags: ['silk', 'lotus', 'printed', 'gift'],
    images: [{ url: '/media/demo/lotus-print-long-silk-scarf.png', alt: 'Lotus Print Long Silk Scarf' }],
    translations: {
      en: {
        title: 'Lotus Print Long Silk Scarf',
        description: 'A long 180 × 55 cm scarf in light silk crêpe de chine, printed with lotus flowers drawn in our Hội An studio. Airy enough for humid summer days, warm enough for air-conditioned evenings. Comes folded in a recycled paper gift box.',
        customsDescription: 'Silk scarf, woven (crepe de chine), 100% silk, printed, 180 x 55 cm',
      },
      vi: {
        title: 'Khăn lụa dài họa tiết hoa sen',
        description: 'Khăn dài 180 × 55 cm bằng lụa crêpe de chine mỏng nhẹ, in họa tiết hoa sen do xưởng vẽ của chúng tôi ở Hội An thể hiện. Đủ thoáng cho những ngày hè oi ả, đủ ấm cho buổi tối trong phòng máy lạnh. Được gấp gọn trong hộp quà bằng giấy tái chế.',
      },
      de: {
        title: 'Langer Seidenschal mit Lotusdruck',
        description: 'Ein langer Schal (180 × 55 cm) aus leichtem Seiden-Crêpe de Chine, bedruckt mit Lotusblüten, die in unserem Atelier in Hội An gezeichnet wurden. Luftig genug für schwüle Sommertage, warm genug für klimatisierte Abende. Gefaltet in einer Geschenkschachtel aus Recyclingpapier.',
      },
      fr: {
        title: 'Étole en soie imprimé lotus',
        description: 'Une étole de 180 × 55 cm en crêpe de Chine de soie légère, imprimée de fleurs de lotus dessinées dans notre atelier de Hội An. Assez aérienne pour les étés humides, assez chaude pour les soirées climatisées. Livrée pliée dans une boîte cadeau en papier recyclé.',
      },
      ja: {
        title: '蓮柄 シルクロングスカーフ',
        description: '軽やかなシルククレープデシンに、ホイアンのアトリエで描いた蓮の花をプリントした180×55cmのロングスカーフです。蒸し暑い夏の日にも心地よく、冷房の効いた夜には程よい暖かさを添えてくれます。再生紙のギフトボックスに入れてお届けします。',
      },
      'zh-Hans': {
        title: '荷花印花真丝长巾',
        description: '180 × 55厘米长巾，采用轻盈的真丝双绉，印有我们会安工作室手绘的荷花图案。湿热的夏日足够透气，空调房的夜晚又能带来恰到好处的温暖。折叠装于再生纸礼盒中。',
      },
    },
    variants: [
      v('SCF-LOT-IVO', { colour: 'ivory' }, '62.00', '0.10', [25, 18, 3]),
      v('SCF-LOT-BLU', { colour: 'blush' }, '62.00', '0.10', [25, 18, 3]),
    ],
  },
  {
    handle: 'old-town-silk-neckerchief',
    status: 'active',
    hsCode: '621410',
    originCountry: 'VN',
    material: '100% mulberry silk twill',
    categories: ['accessories', 'scarves'],
    tags: ['silk', 'bandana', 'printed', 'hand-rolled'],
    images: [{ url: '/media/demo/old-town-silk-neckerchief.png', alt: 'Old Town Silk Neckerchief' }],
    translations: {
      en: {
        title: 'Old Town Silk Neckerchief',
        description: 'A small 55 × 55 cm square of mulberry silk twill with hand-rolled edges, printed with the yellow walls and blue shutters of Hội An’s old town. Knot it at the neck or wear it as a bandana.',
        customsDescription: 'Silk scarf, woven, 100% mulberry silk, printed, 55 x 55 cm',
      },
      vi: {
        title: 'Khăn lụa vuông nhỏ Phố Cổ',
        description: 'Khăn vuông nhỏ 55 × 55 cm bằng lụa tơ tằm dệt chéo, viền se tay, in hình những bức tường vàng và cửa chớp xanh của phố cổ Hội An. Thắt gọn nơi cổ áo hay buộc làm khăn bandana đều xinh.',
      },
      de: {
        title: 'Kleines Seidentuch „Altstadt“',
        description: 'Ein kleines Carré (55 × 55 cm) aus Maulbeerseiden-Twill mit handrollierten Kanten, bedruckt mit den gelben Mauern und blauen Fensterläden der Altstadt von Hội An. Am Hals geknotet oder als Bandana getragen.',
      },
      fr: {
        title: 'Petit foulard en soie « Vieille ville »',
        description: 'Un petit carré de 55 × 55 cm en twill de soie de mûrier, roulotté main et imprimé des murs jaunes et des volets bleus de la vieille ville de Hội An. À nouer autour du cou ou à porter en bandana.',
      },
      ja: {
        title: 'シルク プチスカーフ「旧市街」',
        description: '55×55cmの小ぶりなシルクツイルのスカーフで、縁は手まつり仕上げです。ホイアン旧市街の黄色い壁と青い鎧戸をプリントしました。首元でさりげなく結んだり、バンダナ風に巻いたりしてお楽しみください。',
      },
      'zh-Hans': {
        title: '“古城”真丝小方巾',
        description: '55 × 55厘米桑蚕丝斜纹小方巾，手工卷边，印有会安古城的黄墙与蓝色百叶窗。可系在颈间，也可当作发带或头巾佩戴。',
      },
    },
    variants: [v('SCF-NEC-55', { colour: 'yellow' }, '46.00', '0.06', [18, 18, 2])],
  },

  // -------------------------------------------------------------------------------------------
  // Silk dresses (6204.49)
  // -------------------------------------------------------------------------------------------
  {
    handle: 'hoi-an-silk-slip-dress',
    status: 'active',
    hsCode: '620449',
    originCountry: 'VN',
    material: '100% mulberry silk charmeuse, 19 momme',
    categories: ['apparel', 'dresses'],
    tags: ['silk', 'midi', 'bias-cut', 'tailored-in-hoi-an'],
    images: [{ url: '/media/demo/hoi-an-silk-slip-dress.png', alt: 'Hội An Silk Slip Dress' }],
    translations: {
      en: {
        title: 'Hội An Silk Slip Dress',
        description: 'A bias-cut midi slip dress in 19 momme mulberry silk charmeuse, with adjustable straps and French seams throughout. Cut and sewn by our tailors in Hội An. Cool on the skin in summer, easy to layer under a knit in winter.',
        customsDescription: "Women's dress of silk (100% mulberry silk), woven, not knitted",
      },
      vi: {
        title: 'Đầm lụa hai dây Hội An',
        description: 'Đầm hai dây dáng midi cắt xéo vải, may từ lụa tơ tằm charmeuse 19 momme, dây vai điều chỉnh được và toàn bộ đường may kiểu Pháp. Được cắt may bởi các thợ may của chúng tôi tại Hội An. Mát mịn khi mặc mùa hè, dễ phối cùng áo len mỏng khi trời lạnh.',
      },
      de: {
        title: 'Hội An Slipdress aus Seide',
        description: 'Ein schräg geschnittenes Midi-Slipdress aus Maulbeerseiden-Charmeuse (19 Momme) mit verstellbaren Trägern und durchgehend französischen Nähten. Zugeschnitten und genäht von unseren Schneiderinnen in Hội An. Im Sommer angenehm kühl auf der Haut, im Winter leicht mit Strick zu kombinieren.',
      },
      fr: {
        title: 'Robe nuisette en soie Hội An',
        description: 'Une robe nuisette midi coupée dans le biais, en charmeuse de soie de mûrier 19 mommes, avec bretelles réglables et coutures anglaises. Coupée et cousue par nos couturières à Hội An. Fraîche sur la peau l’été, elle se porte l’hiver sous un pull fin.',
      },
      ja: {
        title: 'ホイアン シルク スリップドレス',
        description: '19匁のシルクシャルムーズをバイアスに裁断した、ミディ丈のスリップドレスです。ストラップは長さを調節でき、縫い代はすべて袋縫いで仕上げています。ホイアンの自社テーラーが一着ずつ仕立て、夏は肌にひんやり心地よく、冬はニットを重ねて楽しめます。',
      },
      'zh-Hans': {
        title: '会安真丝吊带裙',
        description: '采用19姆米桑蚕丝缎面，斜裁成中长款吊带裙，肩带可调节，全部采用来去缝工艺。由我们在会安的裁缝逐件裁剪缝制。夏天贴肤清凉，冬天外搭一件针织衫也很好看。',
      },
    },
    variants: [
      v('DRS-SLP-S', { size: 'S' }, '185.00', '0.35', [35, 28, 5]),
      v('DRS-SLP-M', { size: 'M' }, '185.00', '0.36', [35, 28, 5]),
      v('DRS-SLP-L', { size: 'L' }, '185.00', '0.38', [35, 28, 5]),
    ],
  },
  {
    handle: 'chu-dau-lotus-silk-wrap-dress',
    status: 'active',
    hsCode: '620449',
    originCountry: 'VN',
    material: '100% silk crêpe de chine, sand-washed',
    categories: ['apparel', 'dresses'],
    tags: ['silk', 'wrap-dress', 'printed', 'lotus', 'knee-length'],
    images: [{ url: '/media/demo/chu-dau-lotus-silk-wrap-dress.png', alt: 'Lotus Silk Wrap Dress' }],
    translations: {
      en: {
        title: 'Lotus Silk Wrap Dress',
        description: 'A knee-length wrap dress in sand-washed silk crêpe de chine, with flutter sleeves and a long waist tie that flatters every figure. The print of indigo lotus leaves on cream nods to the blue-and-white ceramics of Chu Đậu. Hand wash cold, or use a gentle silk cycle.',
        customsDescription: "Women's dress of silk (100% silk), woven, not knitted, printed",
      },
      vi: {
        title: 'Đầm lụa quấn vạt họa tiết lá sen',
        description: 'Đầm quấn vạt dài ngang gối bằng lụa crêpe de chine wash cát, tay bèo nhẹ và dây thắt eo dài tôn dáng mọi vóc người. Họa tiết lá sen chàm trên nền kem là lời chào của chúng tôi tới gốm hoa lam Chu Đậu. Giặt tay bằng nước lạnh hoặc giặt máy ở chế độ lụa.',
      },
      de: {
        title: 'Seiden-Wickelkleid mit Lotusdruck',
        description: 'Ein knielanges Wickelkleid aus sandgewaschenem Seiden-Crêpe de Chine mit Volantärmeln und langem Taillenband, das jeder Figur schmeichelt. Der Druck – indigoblaue Lotusblätter auf Creme – ist eine Verbeugung vor der blau-weißen Keramik aus Chu Đậu. Kalte Handwäsche oder Seidenprogramm.',
      },
      fr: {
        title: 'Robe portefeuille en soie imprimé lotus',
        description: 'Une robe portefeuille arrivant au genou, en crêpe de Chine de soie délavée, aux manches volantées et à la longue ceinture à nouer qui flatte toutes les silhouettes. Son imprimé de feuilles de lotus indigo sur fond crème rend hommage aux céramiques bleu et blanc de Chu Đậu. Lavage à la main à froid ou programme soie.',
      },
      ja: {
        title: '蓮柄 シルク ラップドレス',
        description: 'サンドウォッシュ加工のシルククレープデシンを使った膝丈のラップドレスで、フレアスリーブと長いウエストリボンがどんな体型にも美しく沿います。クリーム地に藍色の蓮の葉を描いたプリントは、チューダウ焼の青花陶器へのオマージュです。冷水での手洗い、または洗濯機のシルクコースで洗えます。',
      },
      'zh-Hans': {
        title: '荷叶印花真丝裹身裙',
        description: '及膝裹身裙，采用砂洗真丝双绉，荷叶袖搭配长款腰带，修饰各种身形。奶油色底上的靛蓝荷叶印花，是向越南朱豆青花陶瓷的致敬。可冷水手洗，或使用洗衣机真丝程序。',
      },
    },
    variants: [
      v('DRS-WRP-S', { size: 'S' }, '220.00', '0.38', [35, 28, 5]),
      v('DRS-WRP-M', { size: 'M' }, '220.00', '0.40', [35, 28, 5]),
      v('DRS-WRP-L', { size: 'L' }, '220.00', '0.42', [35, 28, 5]),
    ],
  },

  // -------------------------------------------------------------------------------------------
  // Cotton tees (6109.10: knitted, of cotton)
  // -------------------------------------------------------------------------------------------
  {
    handle: 'hoi-an-lantern-tee',
    status: 'active',
    hsCode: '610910',
    originCountry: 'VN',
    material: '100% combed cotton jersey, 180 g/m²',
    categories: ['apparel', 'tees'],
    tags: ['cotton', 'screen-printed', 'unisex', 'lanterns'],
    images: [{ url: '/media/demo/hoi-an-lantern-tee.png', alt: 'Hội An Lantern Tee' }],
    translations: {
      en: {
        title: 'Hội An Lantern Tee',
        description: 'A soft, midweight tee in 100% combed cotton jersey, knitted and sewn in Vietnam and screen-printed by hand with the silk lanterns of Hội An’s night market. Relaxed unisex fit; pre-shrunk, so it keeps its shape wash after wash.',
        customsDescription: 'T-shirt, knitted, 100% cotton, printed',
      },
      vi: {
        title: 'Áo thun in đèn lồng Hội An',
        description: 'Áo thun vải cotton chải kỹ 100%, độ dày vừa phải, dệt và may tại Việt Nam, in lụa thủ công hình những chiếc đèn lồng ở chợ đêm Hội An. Dáng suông unisex, vải đã xử lý chống co rút nên giữ form sau nhiều lần giặt.',
      },
      de: {
        title: 'Hội An Laternen-T-Shirt',
        description: 'Ein weiches, mittelschweres T-Shirt aus gekämmtem Baumwolljersey (100 % Baumwolle), in Vietnam gestrickt und genäht und per Hand im Siebdruck mit den Seidenlaternen des Nachtmarkts von Hội An bedruckt. Lockere Unisex-Passform; vorgeschrumpft, damit es auch nach vielen Wäschen in Form bleibt.',
      },
      fr: {
        title: 'T-shirt Lanternes de Hội An',
        description: 'Un t-shirt doux en jersey de coton peigné 100 %, de grammage moyen, tricoté et cousu au Vietnam, puis sérigraphié à la main avec les lanternes de soie du marché de nuit de Hội An. Coupe unisexe décontractée ; le coton prérétréci garde sa forme lavage après lavage.',
      },
      ja: {
        title: 'ホイアン ランタン Tシャツ',
        description: 'コーマ綿100%の程よい厚みの天竺をベトナムで編み立て・縫製し、ホイアンのナイトマーケットに灯るシルクランタンを一枚ずつ手刷りでプリントしました。ゆったりとしたユニセックスシルエットです。防縮加工済みなので、洗濯を繰り返しても型崩れしにくいのが特長です。',
      },
      'zh-Hans': {
        title: '会安灯笼印花T恤',
        description: '采用100%精梳棉单面针织布，厚薄适中，在越南织造与缝制，并以手工丝网印刷会安夜市的丝绸灯笼图案。宽松中性版型，经预缩处理，多次洗涤后依然不易变形。',
      },
    },
    variants: [
      v('TEE-LAN-S', { size: 'S' }, '32.00', '0.20', [30, 25, 3]),
      v('TEE-LAN-M', { size: 'M' }, '32.00', '0.22', [30, 25, 3]),
      v('TEE-LAN-L', { size: 'L' }, '32.00', '0.24', [30, 25, 3]),
    ],
  },
  {
    handle: 'everyday-heavyweight-cotton-tee',
    status: 'active',
    hsCode: '610910',
    originCountry: 'VN',
    material: '100% cotton jersey, 220 g/m², garment-dyed',
    categories: ['apparel', 'tees'],
    tags: ['cotton', 'heavyweight', 'garment-dyed', 'unisex', 'basics'],
    images: [{ url: '/media/demo/everyday-heavyweight-cotton-tee.png', alt: 'Everyday Heavyweight Cotton Tee' }],
    translations: {
      en: {
        title: 'Everyday Heavyweight Cotton Tee',
        description: 'Our everyday tee in 220 g/m² cotton jersey, with a close ribbed collar and a boxy fit. Garment-dyed in small batches, so each one has a slightly lived-in colour. Choose natural or indigo.',
        customsDescription: 'T-shirt, knitted, 100% cotton, garment-dyed',
      },
      vi: {
        title: 'Áo thun cotton dày mặc hằng ngày',
        description: 'Chiếc áo thun mặc hằng ngày của chúng tôi, vải cotton jersey 220 g/m², cổ bo gân ôm gọn, dáng hộp rộng. Nhuộm nguyên chiếc theo từng mẻ nhỏ nên mỗi áo có sắc màu hơi khác nhau, như đã mặc lâu ngày. Có hai màu mộc và chàm.',
      },
      de: {
        title: 'Schweres Alltags-T-Shirt aus Baumwolle',
        description: 'Unser Alltags-T-Shirt aus Baumwolljersey mit 220 g/m², eng anliegendem Rippkragen und kastiger Passform. In kleinen Chargen stückgefärbt, daher hat jedes Shirt eine leicht getragene Farbnuance. Erhältlich in Natur oder Indigo.',
      },
      fr: {
        title: 'T-shirt épais du quotidien',
        description: 'Notre t-shirt de tous les jours, en jersey de coton 220 g/m², avec col côtelé ajusté et coupe carrée. Teint en pièce par petites séries, chaque t-shirt a une couleur légèrement patinée. Disponible en écru ou indigo.',
      },
      ja: {
        title: 'デイリー ヘビーウェイト コットンTシャツ',
        description: '220g/m²のしっかりとしたコットン天竺に、詰まったリブ衿とボックスシルエットを合わせた定番Tシャツです。少量ずつ製品染めしているため、一枚ごとに着込んだような風合いの色味が生まれます。カラーはナチュラルとインディゴの2色です。',
      },
      'zh-Hans': {
        title: '日常重磅纯棉T恤',
        description: '我们的日常款T恤，采用220克/平方米纯棉针织布，搭配贴合的罗纹领口与宽松箱型版型。小批量成衣染色，每一件都带有略显旧感的独特色泽。提供本白与靛蓝两色。',
      },
    },
    variants: [
      v('TEE-EVD-M-NAT', { size: 'M', colour: 'natural' }, '28.00', '0.27', [30, 25, 3]),
      v('TEE-EVD-L-NAT', { size: 'L', colour: 'natural' }, '28.00', '0.29', [30, 25, 3]),
      v('TEE-EVD-M-IND', { size: 'M', colour: 'indigo' }, '28.00', '0.27', [30, 25, 3]),
      v('TEE-EVD-L-IND', { size: 'L', colour: 'indigo' }, '28.00', '0.29', [30, 25, 3]),
    ],
  },

  // -------------------------------------------------------------------------------------------
  // Leather bags (4202.21: handbags with outer surface of leather)
  // -------------------------------------------------------------------------------------------
  {
    handle: 'leather-market-tote',
    status: 'active',
    hsCode: '420221',
    originCountry: 'VN',
    material: 'Full-grain vegetable-tanned cowhide; cotton canvas lining',
    categories: ['accessories', 'bags'],
    tags: ['leather', 'tote', 'hand-stitched', 'laptop'],
    images: [{ url: '/media/demo/leather-market-tote.png', alt: 'Leather Market Tote' }],
    translations: {
      en: {
        title: 'Leather Market Tote',
        description: 'A roomy everyday tote in full-grain cowhide, vegetable-tanned and stitched by hand in our workshop, with an inner zip pocket and a cotton canvas lining. It fits a 14-inch laptop and softens into a rich patina over the years.',
        customsDescription: 'Handbag (tote) with outer surface of leather (cowhide), textile lining',
      },
      vi: {
        title: 'Túi tote da bò',
        description: 'Túi tote rộng rãi dùng hằng ngày, làm từ da bò thật full-grain thuộc thảo mộc, khâu tay tại xưởng của chúng tôi, có ngăn khóa kéo bên trong và lót vải bố cotton. Vừa laptop 14 inch, và càng dùng lâu, da càng lên màu đẹp.',
      },
      de: {
        title: 'Leder-Shopper',
        description: 'Ein geräumiger Alltags-Shopper aus vollnarbigem, pflanzlich gegerbtem Rindsleder, in unserer Werkstatt von Hand genäht, mit Reißverschluss-Innenfach und Futter aus Baumwollcanvas. Er fasst einen 14-Zoll-Laptop und entwickelt mit den Jahren eine schöne Patina.',
      },
      fr: {
        title: 'Cabas en cuir',
        description: 'Un grand cabas du quotidien en cuir de vache pleine fleur, tanné végétal et cousu main dans notre atelier, avec poche intérieure zippée et doublure en toile de coton. Il accueille un ordinateur portable 14 pouces et se patine magnifiquement au fil des ans.',
      },
      ja: {
        title: 'レザー トートバッグ',
        description: '植物タンニンでなめしたフルグレインの牛革を、自社工房で一針ずつ手縫いした大容量のトートバッグです。内側にはファスナーポケットとコットンキャンバスの裏地を備え、14インチのノートPCも収まります。使い込むほどに深い艶と風合いが育ちます。',
      },
      'zh-Hans': {
        title: '真皮托特包',
        description: '宽大实用的日常托特包，采用植鞣全粒面牛皮，在我们的工坊手工缝制，内设拉链袋并配有棉帆布内衬。可容纳14英寸笔记本电脑，随着岁月使用会养出温润的光泽。',
      },
    },
    variants: [
      v('BAG-TOT-TAN', { colour: 'tan' }, '210.00', '0.95', [45, 38, 14]),
      v('BAG-TOT-BLK', { colour: 'black' }, '210.00', '0.95', [45, 38, 14]),
    ],
  },
  {
    handle: 'leather-crossbody-bag',
    status: 'active',
    hsCode: '420221',
    originCountry: 'VN',
    material: 'Vegetable-tanned cowhide; brass hardware',
    categories: ['accessories', 'bags'],
    tags: ['leather', 'crossbody', 'travel'],
    images: [{ url: '/media/demo/leather-crossbody-bag.png', alt: 'Leather Crossbody Bag' }],
    translations: {
      en: {
        title: 'Leather Crossbody Bag',
        description: 'A compact crossbody in smooth vegetable-tanned cowhide, with a brass turn-lock and an adjustable strap. Just big enough for a phone, a passport and a few đồng, which makes it our favourite for travel days.',
        customsDescription: 'Handbag (crossbody) with outer surface of leather (cowhide)',
      },
      vi: {
        title: 'Túi đeo chéo da bò',
        description: 'Túi đeo chéo nhỏ gọn bằng da bò thuộc thảo mộc mặt trơn, khóa xoay bằng đồng thau và dây đeo điều chỉnh được. Vừa đủ cho điện thoại, hộ chiếu và chút tiền lẻ – người bạn đồng hành quen thuộc trong những chuyến đi.',
      },
      de: {
        title: 'Umhängetasche aus Leder',
        description: 'Eine kompakte Umhängetasche aus glattem, pflanzlich gegerbtem Rindsleder, mit Drehverschluss aus Messing und verstellbarem Riemen. Gerade groß genug für Handy, Reisepass und ein paar Đồng – unsere liebste Begleiterin auf Reisen.',
      },
      fr: {
        title: 'Sac bandoulière en cuir',
        description: 'Un sac bandoulière compact en cuir de vache lisse tanné végétal, avec fermoir tournant en laiton et bandoulière réglable. Juste assez grand pour un téléphone, un passeport et quelques đồng : notre compagnon préféré des jours de voyage.',
      },
      ja: {
        title: 'レザー ショルダーバッグ',
        description: '植物タンニンなめしのなめらかな牛革に、真鍮のひねり金具と長さ調節できるストラップを合わせたコンパクトなショルダーバッグです。スマートフォンとパスポート、少しの小銭がちょうど収まるサイズで、旅の日に大活躍します。',
      },
      'zh-Hans': {
        title: '真皮斜挎包',
        description: '小巧的斜挎包，采用光面植鞣牛皮，配黄铜转锁与可调节肩带。刚好放得下手机、护照和一点零钱，是我们旅行时的最爱。',
      },
    },
    variants: [
      v('BAG-CRS-TAN', { colour: 'tan' }, '158.00', '0.55', [28, 22, 10]),
      v('BAG-CRS-BLK', { colour: 'black' }, '158.00', '0.55', [28, 22, 10]),
    ],
  },
  {
    handle: 'woven-leather-bucket-bag',
    status: 'active',
    hsCode: '420221',
    originCountry: 'VN',
    material: 'Hand-woven cowhide strips; cotton lining',
    categories: ['accessories', 'bags'],
    tags: ['leather', 'woven', 'bucket-bag', 'handmade'],
    images: [{ url: '/media/demo/woven-leather-bucket-bag.png', alt: 'Woven Leather Bucket Bag' }],
    translations: {
      en: {
        title: 'Woven Leather Bucket Bag',
        description: 'Supple cowhide strips hand-woven over a structured base, finished with a drawstring top and a detachable inner pouch. Each bag takes one artisan about two days to weave.',
        customsDescription: 'Handbag (bucket bag) with outer surface of woven leather (cowhide)',
      },
      vi: {
        title: 'Túi bucket da đan tay',
        description: 'Những dải da bò mềm được đan tay trên phần đáy đứng form, miệng túi rút dây và kèm túi nhỏ bên trong có thể tháo rời. Mỗi chiếc túi mất khoảng hai ngày để một nghệ nhân đan xong.',
      },
      de: {
        title: 'Geflochtene Beuteltasche aus Leder',
        description: 'Weiche Rindslederstreifen, von Hand über einen formstabilen Boden geflochten, mit Zugband oben und herausnehmbarem Innentäschchen. Eine Kunsthandwerkerin braucht rund zwei Tage, um eine Tasche zu flechten.',
      },
      fr: {
        title: 'Sac seau en cuir tressé',
        description: 'De souples lanières de cuir de vache tressées à la main sur une base structurée, avec fermeture à cordon coulissant et pochette intérieure amovible. Il faut environ deux jours à une artisane pour tresser chaque sac.',
      },
      ja: {
        title: '編み込みレザー バケットバッグ',
        description: 'しなやかな牛革のテープを、型崩れしにくい底に合わせて職人が一つひとつ手で編み上げました。口元は巾着仕様で、取り外せるポーチが付いています。一つを編み上げるのに、職人ひとりで約2日かかります。',
      },
      'zh-Hans': {
        title: '手工编织真皮水桶包',
        description: '柔软的牛皮条在挺括的包底上手工编织而成，包口为抽绳设计，并附可拆卸小内袋。一位工匠大约需要两天才能编好一只。',
      },
    },
    variants: [v('BAG-BKT-COG', { colour: 'cognac' }, '245.00', '0.80', [32, 28, 26])],
  },

  // -------------------------------------------------------------------------------------------
  // Ceramics: porcelain (6911.10) and stoneware (6912.00)
  // -------------------------------------------------------------------------------------------
  {
    handle: 'blue-lotus-porcelain-tea-set',
    status: 'active',
    hsCode: '691110',
    originCountry: 'VN',
    material: 'Porcelain, hand-painted cobalt underglaze',
    categories: ['home', 'ceramics'],
    tags: ['porcelain', 'tea', 'hand-painted', 'blue-and-white', 'gift'],
    images: [{ url: '/media/demo/blue-lotus-porcelain-tea-set.png', alt: 'Blue Lotus Porcelain Tea Set' }],
    translations: {
      en: {
        title: 'Blue Lotus Porcelain Tea Set',
        description: 'A teapot and six cups in thin white porcelain, hand-painted in cobalt with lotus ponds. Made for the slow, sociable tea-drinking of northern Vietnam: the 500 ml pot serves green or lotus tea for a small gathering.',
        customsDescription: 'Porcelain tea set (1 teapot, 6 cups), tableware',
      },
      vi: {
        title: 'Bộ ấm chén sứ hoa sen men lam',
        description: 'Một ấm và sáu chén bằng sứ trắng mỏng, vẽ tay hoa sen bằng men lam cobalt. Bộ ấm dành cho những buổi trà thong thả kiểu miền Bắc; ấm 500 ml đủ pha trà xanh hay trà sen cho một nhóm bạn nhỏ.',
      },
      de: {
        title: 'Porzellan-Teeservice „Blauer Lotus“',
        description: 'Eine Teekanne und sechs Schalen aus dünnem weißem Porzellan, von Hand mit kobaltblauen Lotusteichen bemalt. Gemacht für die gesellige Teerunde nach nordvietnamesischer Art: Die 500-ml-Kanne reicht für grünen Tee oder Lotustee im kleinen Kreis.',
      },
      fr: {
        title: 'Service à thé en porcelaine « Lotus bleu »',
        description: 'Une théière et six tasses en fine porcelaine blanche, peintes à la main de bassins de lotus bleu de cobalt. Pensé pour le thé partagé sans hâte, à la manière du nord du Vietnam : la théière de 500 ml suffit pour servir thé vert ou thé au lotus à quelques amis.',
      },
      ja: {
        title: '青花蓮文 磁器ティーセット',
        description: '薄手の白磁にコバルトで蓮池を手描きした、急須1点と茶杯6客のセットです。北部ベトナムのゆったりとしたお茶の時間のために作られ、500mlの急須で緑茶や蓮茶を少人数でお楽しみいただけます。',
      },
      'zh-Hans': {
        title: '青花莲纹瓷茶具套装',
        description: '一壶六杯，薄胎白瓷上以钴蓝手绘莲池。专为越南北方悠闲相聚的饮茶习惯而作，500毫升茶壶适合几位好友共享绿茶或莲花茶。',
      },
    },
    variants: [v('CER-TEA-LOT', { pattern: 'blue lotus' }, '96.00', '1.60', [35, 28, 18])],
  },
  {
    handle: 'porcelain-rice-bowls-set-of-4',
    status: 'active',
    hsCode: '691110',
    originCountry: 'VN',
    material: 'Porcelain',
    categories: ['home', 'ceramics'],
    tags: ['porcelain', 'bowls', 'dishwasher-safe', 'microwave-safe'],
    images: [{ url: '/media/demo/porcelain-rice-bowls-set-of-4.png', alt: 'Porcelain Rice Bowls, Set of 4' }],
    translations: {
      en: {
        title: 'Porcelain Rice Bowls, Set of 4',
        description: 'Four 11.5 cm bowls in fine white porcelain, the size every Vietnamese kitchen uses for rice, herbs and dipping sauces. Choose hand-painted blue lotus or plain white with a celadon rim. Dishwasher and microwave safe.',
        customsDescription: 'Porcelain bowls, tableware, set of 4',
      },
      vi: {
        title: 'Bộ 4 chén cơm sứ',
        description: 'Bốn chén sứ trắng mịn đường kính 11,5 cm – đúng cỡ chén cơm quen thuộc trong mọi gian bếp Việt, dùng đựng cơm, rau thơm hay nước chấm. Chọn mẫu hoa sen men lam vẽ tay hoặc trắng trơn viền men ngọc. Dùng được trong máy rửa bát và lò vi sóng.',
      },
      de: {
        title: 'Reisschalen aus Porzellan, 4er-Set',
        description: 'Vier Schalen aus feinem weißem Porzellan mit 11,5 cm Durchmesser – die Größe, die jede vietnamesische Küche für Reis, Kräuter und Dip-Saucen nutzt. Wahlweise mit handgemaltem blauem Lotus oder schlicht weiß mit Seladonrand. Spülmaschinen- und mikrowellengeeignet.',
      },
      fr: {
        title: 'Bols à riz en porcelaine, lot de 4',
        description: 'Quatre bols de 11,5 cm en fine porcelaine blanche, la taille qu’on trouve dans toutes les cuisines vietnamiennes pour le riz, les herbes et les sauces. Au choix : lotus bleu peint à la main ou blanc uni à liseré céladon. Compatibles lave-vaisselle et micro-ondes.',
      },
      ja: {
        title: '磁器 ご飯茶碗 4客セット',
        description: '直径11.5cmの上質な白磁の茶碗4客セットで、ベトナムの家庭でご飯や香草、つけだれに使われる定番のサイズです。手描きの青い蓮文様か、青磁の縁取りを施した白無地からお選びください。食洗機・電子レンジに対応しています。',
      },
      'zh-Hans': {
        title: '瓷饭碗四件套',
        description: '四只直径11.5厘米的细白瓷碗，是越南家家户户用来盛饭、香草和蘸料的经典尺寸。可选手绘青花莲纹，或带青瓷色碗沿的纯白款。可用于洗碗机和微波炉。',
      },
    },
    variants: [
      v('CER-BWL-LOT', { pattern: 'blue lotus' }, '44.00', '1.30', [28, 28, 14]),
      v('CER-BWL-WHT', { pattern: 'white, celadon rim' }, '36.00', '1.30', [28, 28, 14]),
    ],
  },
  {
    handle: 'bat-trang-crackle-glaze-mug',
    status: 'active',
    hsCode: '691200',
    originCountry: 'VN',
    material: 'Glazed stoneware',
    categories: ['home', 'ceramics'],
    tags: ['stoneware', 'bat-trang', 'mug', 'hand-thrown', 'crackle-glaze'],
    images: [{ url: '/media/demo/bat-trang-crackle-glaze-mug.png', alt: 'Bát Tràng Crackle-Glaze Mug' }],
    translations: {
      en: {
        title: 'Bát Tràng Crackle-Glaze Mug',
        description: 'A hand-thrown stoneware mug from Bát Tràng, the centuries-old pottery village on the Red River just outside Hà Nội. The crackle glaze comes out differently on every piece; holds 350 ml.',
        customsDescription: 'Stoneware mug, glazed (ceramic tableware, not porcelain)',
      },
      vi: {
        title: 'Cốc gốm men rạn Bát Tràng',
        description: 'Cốc gốm được vuốt tay tại Bát Tràng, làng gốm hàng trăm năm tuổi bên bờ sông Hồng, ngay ngoại thành Hà Nội. Vết rạn men trên mỗi chiếc đều khác nhau; dung tích 350 ml.',
      },
      de: {
        title: 'Bát Tràng Becher mit Craquelé-Glasur',
        description: 'Ein auf der Töpferscheibe gedrehter Steinzeugbecher aus Bát Tràng, dem jahrhundertealten Töpferdorf am Roten Fluss vor den Toren von Hà Nội. Die Craquelé-Glasur fällt bei jedem Stück anders aus; Fassungsvermögen 350 ml.',
      },
      fr: {
        title: 'Mug craquelé de Bát Tràng',
        description: 'Un mug en grès tourné à la main à Bát Tràng, village de potiers plusieurs fois centenaire au bord du fleuve Rouge, aux portes de Hà Nội. L’émail craquelé est unique sur chaque pièce ; contenance 350 ml.',
      },
      ja: {
        title: 'バッチャン焼 貫入マグカップ',
        description: 'ハノイ郊外、紅河のほとりにある数百年の歴史を持つ陶器の村バッチャンで、ろくろを挽いて作った炻器のマグカップです。貫入の模様は一つひとつ異なり、容量は350mlです。',
      },
      'zh-Hans': {
        title: '钵场开片釉马克杯',
        description: '来自河内郊外红河畔、拥有数百年历史的钵场陶瓷村，手工拉坯的炻器马克杯。每一只的开片釉纹都独一无二，容量350毫升。',
      },
    },
    variants: [
      v('CER-MUG-CEL', { colour: 'celadon' }, '22.00', '0.45', [14, 12, 12]),
      v('CER-MUG-COB', { colour: 'cobalt' }, '22.00', '0.45', [14, 12, 12]),
    ],
  },
  {
    handle: 'bat-trang-stoneware-plates-set-of-2',
    status: 'active',
    hsCode: '691200',
    originCountry: 'VN',
    material: 'Glazed stoneware',
    categories: ['home', 'ceramics'],
    tags: ['stoneware', 'bat-trang', 'plates', 'speckled-glaze'],
    images: [{ url: '/media/demo/bat-trang-stoneware-plates-set-of-2.png', alt: 'Bát Tràng Stoneware Plates, Set of 2' }],
    translations: {
      en: {
        title: 'Bát Tràng Stoneware Plates, Set of 2',
        description: 'Two glazed stoneware plates with a softly uneven rim, thrown and glazed in Bát Tràng in a speckled oatmeal glaze. The 21 cm size suits salads and bánh mì, the 27 cm a full dinner.',
        customsDescription: 'Stoneware plates, glazed (ceramic tableware, not porcelain), set of 2',
      },
      vi: {
        title: 'Bộ 2 đĩa gốm Bát Tràng',
        description: 'Hai chiếc đĩa gốm sành men màu yến mạch lấm tấm, vành đĩa hơi gợn tự nhiên, được làm và tráng men tại Bát Tràng. Cỡ 21 cm hợp cho salad và bánh mì, cỡ 27 cm dành cho bữa tối trọn vẹn.',
      },
      de: {
        title: 'Bát Tràng Steinzeugteller, 2er-Set',
        description: 'Zwei glasierte Steinzeugteller mit leicht unregelmäßigem Rand, in Bát Tràng gefertigt und mit einer gesprenkelten Haferflocken-Glasur überzogen. Die 21-cm-Größe passt zu Salat und Bánh mì, die 27-cm-Größe zum ganzen Abendessen.',
      },
      fr: {
        title: 'Assiettes en grès de Bát Tràng, lot de 2',
        description: 'Deux assiettes en grès émaillé au bord légèrement irrégulier, façonnées à Bát Tràng et recouvertes d’un émail moucheté couleur avoine. Le format 21 cm convient aux salades et aux bánh mì, le 27 cm à un vrai dîner.',
      },
      ja: {
        title: 'バッチャン焼 炻器プレート 2枚組',
        description: '縁のゆらぎがやわらかな表情をつくる炻器のプレートを、バッチャンで成形し、オートミール色の斑点釉で仕上げました。21cmはサラダやバインミーに、27cmはディナーのメインプレートにちょうどよいサイズです。',
      },
      'zh-Hans': {
        title: '钵场炻器餐盘两件套',
        description: '两只施釉炻器餐盘，盘沿带着自然柔和的起伏，在钵场成型并施以燕麦色斑点釉。21厘米适合沙拉和越南法棍，27厘米适合一顿完整的晚餐。',
      },
    },
    variants: [
      v('CER-PLT-21', { size: '21 cm' }, '34.00', '1.20', [25, 25, 8]),
      v('CER-PLT-27', { size: '27 cm' }, '46.00', '2.00', [31, 31, 9]),
    ],
  },

  // -------------------------------------------------------------------------------------------
  // Lacquerware: boxes and trays (4420.90), tableware of wood (4419.90)
  // -------------------------------------------------------------------------------------------
  {
    handle: 'eggshell-lacquer-jewellery-box',
    status: 'active',
    hsCode: '442090',
    originCountry: 'VN',
    material: 'Wood, sơn mài lacquer, duck eggshell inlay; silk lining',
    categories: ['home', 'lacquerware'],
    tags: ['lacquer', 'son-mai', 'eggshell-inlay', 'jewellery-box', 'gift'],
    images: [{ url: '/media/demo/eggshell-lacquer-jewellery-box.png', alt: 'Eggshell Lacquer Jewellery Box' }],
    translations: {
      en: {
        title: 'Eggshell Lacquer Jewellery Box',
        description: 'A wooden box finished in traditional sơn mài lacquer, with a lotus inlaid from hundreds of tiny pieces of duck eggshell. Each box goes through more than ten rounds of lacquering and polishing over several weeks. Lined in silk; in a small and a large size.',
        customsDescription: 'Wooden jewellery box, lacquered, with eggshell inlay',
      },
      vi: {
        title: 'Hộp trang sức sơn mài khảm trứng',
        description: 'Hộp gỗ phủ sơn mài truyền thống, trang trí hoa sen khảm từ hàng trăm mảnh vỏ trứng vịt nhỏ li ti. Mỗi chiếc hộp trải qua hơn mười lượt sơn và mài trong nhiều tuần. Lót lụa bên trong, có cỡ nhỏ và cỡ lớn.',
      },
      de: {
        title: 'Schmuckkästchen mit Eierschalen-Intarsie',
        description: 'Ein Holzkästchen in traditioneller Sơn-mài-Lackkunst, mit einer Lotusblüte aus Hunderten winziger Entenei-Schalenstücke. Über mehrere Wochen wird jedes Kästchen mehr als zehnmal lackiert und geschliffen. Mit Seide ausgeschlagen; klein oder groß erhältlich.',
      },
      fr: {
        title: 'Boîte à bijoux en laque et coquille d’œuf',
        description: 'Une boîte en bois laquée selon la tradition du sơn mài, ornée d’un lotus incrusté de centaines de minuscules éclats de coquille d’œuf de cane. Chaque boîte reçoit plus de dix couches de laque et de ponçage sur plusieurs semaines. Intérieur en soie ; deux tailles disponibles.',
      },
      ja: {
        title: '卵殻細工 漆塗りジュエリーボックス',
        description: 'ベトナム伝統の漆芸ソンマイで仕上げた木箱に、砕いたアヒルの卵殻を何百片もはめ込んで蓮の花を描きました。数週間かけて十回以上も漆を塗っては研ぐ工程を重ねています。内張りはシルクで、サイズは小・大の2種類です。',
      },
      'zh-Hans': {
        title: '蛋壳镶嵌漆器首饰盒',
        description: '木胎首饰盒以越南传统漆艺（sơn mài）髹饰，盒面莲花由数百片细小的鸭蛋壳碎片镶嵌而成。每只盒子都要历经数周、十余道上漆与打磨工序。内衬真丝，有小号和大号两种尺寸。',
      },
    },
    variants: [
      v('LAC-BOX-S', { size: 'small, 15 cm' }, '68.00', '0.45', [20, 15, 10]),
      v('LAC-BOX-L', { size: 'large, 25 cm' }, '96.00', '0.90', [30, 22, 12]),
    ],
  },
  {
    handle: 'lacquer-serving-tray',
    status: 'active',
    hsCode: '442090',
    originCountry: 'VN',
    material: 'Lacquered wood, gold leaf',
    categories: ['home', 'lacquerware'],
    tags: ['lacquer', 'son-mai', 'tray', 'gold-leaf'],
    images: [{ url: '/media/demo/lacquer-serving-tray.png', alt: 'Lacquer Serving Tray' }],
    translations: {
      en: {
        title: 'Lacquer Serving Tray',
        description: 'A rectangular 40 × 28 cm serving tray in lacquered wood, glossy vermilion or black outside with a gold-leaf border within. Perfect for tea, breakfast in bed or as a catch-all on a sideboard. Wipe clean with a damp cloth; not for the dishwasher.',
        customsDescription: 'Wooden serving tray, lacquered, 40 x 28 cm',
      },
      vi: {
        title: 'Khay sơn mài chữ nhật',
        description: 'Khay chữ nhật 40 × 28 cm bằng gỗ phủ sơn mài bóng, mặt ngoài son đỏ hoặc đen, viền trong dát vàng. Dùng bày trà, mang bữa sáng lên giường hay đựng đồ lặt vặt trên tủ đều đẹp. Lau sạch bằng khăn ẩm, không dùng máy rửa bát.',
      },
      de: {
        title: 'Serviertablett aus Lack',
        description: 'Ein rechteckiges Serviertablett (40 × 28 cm) aus lackiertem Holz, außen glänzend zinnoberrot oder schwarz, innen mit Blattgoldrand. Ideal für Tee, das Frühstück im Bett oder als Ablage auf dem Sideboard. Mit einem feuchten Tuch abwischen; nicht spülmaschinengeeignet.',
      },
      fr: {
        title: 'Plateau de service en laque',
        description: 'Un plateau rectangulaire de 40 × 28 cm en bois laqué, vermillon ou noir brillant à l’extérieur, bordé de feuille d’or à l’intérieur. Parfait pour le thé, le petit-déjeuner au lit ou comme vide-poche sur une commode. Nettoyer avec un chiffon humide ; ne va pas au lave-vaisselle.',
      },
      ja: {
        title: '漆塗り 長方形トレイ',
        description: '40×28cmの木製トレイに艶やかな漆を塗り重ね、外側は朱または黒、内側の縁には金箔をあしらいました。お茶の時間やベッドでの朝食、サイドボードの小物置きにも重宝します。お手入れは固く絞った布で拭くだけで、食洗機はご使用いただけません。',
      },
      'zh-Hans': {
        title: '漆器长方托盘',
        description: '40 × 28厘米的长方形木胎托盘，外壁为亮泽的朱红或黑色漆面，内缘饰以金箔。无论是奉茶、床上早餐，还是在边柜上收纳小物都很合适。用湿布擦拭即可，不可放入洗碗机。',
      },
    },
    variants: [
      v('LAC-TRY-VER', { colour: 'vermilion' }, '54.00', '0.80', [45, 33, 6]),
      v('LAC-TRY-BLK', { colour: 'black' }, '54.00', '0.80', [45, 33, 6]),
    ],
  },
  {
    handle: 'lacquered-acacia-salad-bowl',
    status: 'active',
    hsCode: '441990',
    originCountry: 'VN',
    material: 'Acacia wood, food-safe finish inside, lacquer outside',
    categories: ['home', 'lacquerware'],
    tags: ['lacquer', 'acacia', 'salad-bowl', 'wooden-tableware'],
    images: [{ url: '/media/demo/lacquered-acacia-salad-bowl.png', alt: 'Lacquered Acacia Salad Bowl' }],
    translations: {
      en: {
        title: 'Lacquered Acacia Salad Bowl',
        description: 'A 25 cm salad bowl turned from a single block of plantation acacia, sealed inside with a food-safe finish and lacquered outside in deep red sơn mài. Big enough for a family salad or a heap of fresh herbs. Hand wash only.',
        customsDescription: 'Wooden salad bowl (acacia wood), lacquered outside, tableware',
      },
      vi: {
        title: 'Tô salad gỗ keo sơn mài',
        description: 'Tô salad đường kính 25 cm, tiện từ một khối gỗ keo rừng trồng, lòng tô phủ lớp hoàn thiện an toàn thực phẩm, mặt ngoài phủ sơn mài đỏ thắm. Đủ lớn để trộn salad cho cả nhà hay bày đầy rau thơm. Chỉ rửa bằng tay.',
      },
      de: {
        title: 'Salatschüssel aus lackiertem Akazienholz',
        description: 'Eine Salatschüssel (Ø 25 cm), aus einem einzigen Block Plantagen-Akazienholz gedrechselt, innen lebensmittelecht versiegelt und außen mit tiefrotem Sơn-mài-Lack überzogen. Groß genug für einen Familiensalat oder einen Berg frischer Kräuter. Nur Handwäsche.',
      },
      fr: {
        title: 'Saladier en acacia laqué',
        description: 'Un saladier de 25 cm tourné dans un seul bloc d’acacia de plantation, verni à l’intérieur d’une finition alimentaire et laqué à l’extérieur d’un sơn mài rouge profond. Assez grand pour une salade familiale ou une brassée d’herbes fraîches. Lavage à la main uniquement.',
      },
      ja: {
        title: '漆塗り アカシア サラダボウル',
        description: '植林アカシアの一木から挽き出した直径25cmのサラダボウルです。内側は食品に対応した仕上げ、外側は深い赤のソンマイ漆で塗り上げました。家族分のサラダやたっぷりの香草を盛るのにちょうどよい大きさで、お手入れは手洗いのみです。',
      },
      'zh-Hans': {
        title: '漆面相思木沙拉碗',
        description: '直径25厘米的沙拉碗，由整块人工林相思木车旋而成，内壁采用食品级涂层，外壁髹以深红色越南漆。大小刚好盛放全家人的沙拉或满满一碗新鲜香草。仅限手洗。',
      },
    },
    variants: [v('LAC-BWL-25', { size: '25 cm', colour: 'red' }, '58.00', '0.60', [30, 30, 14])],
  },

  // -------------------------------------------------------------------------------------------
  // Bamboo: boards (4419.11), chopsticks (4419.12), other tableware (4419.19), baskets (4602.11)
  // -------------------------------------------------------------------------------------------
  {
    handle: 'bamboo-cutting-board',
    status: 'active',
    hsCode: '441911',
    originCountry: 'VN',
    material: 'Pressed bamboo',
    categories: ['home', 'bamboo'],
    tags: ['bamboo', 'kitchen', 'cutting-board'],
    images: [{ url: '/media/demo/bamboo-cutting-board.png', alt: 'Bamboo Cutting Board' }],
    translations: {
      en: {
        title: 'Bamboo Cutting Board',
        description: 'A sturdy board of pressed bamboo, with a juice groove on one side and a flat serving face on the other. Bamboo shrugs off stains but is kind to knife edges; oil it now and then with a little food-grade oil.',
        customsDescription: 'Bamboo chopping board',
      },
      vi: {
        title: 'Thớt tre ép',
        description: 'Thớt chắc chắn làm từ tre ép, một mặt có rãnh hứng nước, mặt kia phẳng để bày đồ ăn. Tre ít bám vết bẩn mà vẫn êm với lưỡi dao; thỉnh thoảng thoa một lớp dầu ăn để thớt luôn bền đẹp.',
      },
      de: {
        title: 'Schneidebrett aus Bambus',
        description: 'Ein robustes Brett aus gepresstem Bambus, mit Saftrille auf der einen und glatter Servierfläche auf der anderen Seite. Bambus ist unempfindlich gegen Flecken und schont trotzdem die Messerschneide; ab und zu mit etwas lebensmittelechtem Öl pflegen.',
      },
      fr: {
        title: 'Planche à découper en bambou',
        description: 'Une planche robuste en bambou pressé, avec une rigole à jus d’un côté et une face plate pour servir de l’autre. Le bambou résiste aux taches tout en ménageant le fil des couteaux ; huilez-la de temps en temps avec un peu d’huile alimentaire.',
      },
      ja: {
        title: '竹のまな板',
        description: '圧縮した竹材で作った丈夫なまな板で、片面は溝付き、もう片面はフラットでサービングボードとしても使えます。竹は汚れがつきにくく、包丁の刃にもやさしい素材です。ときどき食用油を薄く塗ってお手入れしてください。',
      },
      'zh-Hans': {
        title: '竹制砧板',
        description: '以压制竹材制成的结实砧板，一面带导流槽，另一面平整，可直接用作餐板。竹材不易染色，又不伤刀刃；偶尔涂一层食用油保养即可。',
      },
    },
    variants: [
      v('BAM-BRD-30', { size: '30 × 20 cm' }, '29.00', '0.90', [32, 22, 3]),
      v('BAM-BRD-40', { size: '40 × 28 cm' }, '39.00', '1.60', [42, 30, 3]),
    ],
  },
  {
    handle: 'bamboo-chopsticks',
    status: 'active',
    hsCode: '441912',
    originCountry: 'VN',
    material: 'Natural bamboo, carbonised, unlacquered',
    categories: ['home', 'bamboo'],
    tags: ['bamboo', 'chopsticks', 'kitchen', 'unlacquered'],
    images: [{ url: '/media/demo/bamboo-chopsticks.png', alt: 'Natural Bamboo Chopsticks' }],
    translations: {
      en: {
        title: 'Natural Bamboo Chopsticks',
        description: 'Smooth, lightly tapered 24 cm chopsticks of natural bamboo, the everyday kind found in every Vietnamese home. Left free of lacquer and varnish, gently carbonised for durability; hand wash and dry upright.',
        customsDescription: 'Bamboo chopsticks',
      },
      vi: {
        title: 'Đũa tre tự nhiên',
        description: 'Đũa tre tự nhiên dài 24 cm, thân trơn, vuốt thon nhẹ ở đầu – loại đũa quen thuộc trong mọi gia đình Việt. Không sơn, không phủ véc-ni, được than hóa nhẹ để bền hơn; rửa tay và dựng đứng cho khô.',
      },
      de: {
        title: 'Essstäbchen aus Naturbambus',
        description: 'Glatte, leicht verjüngte Essstäbchen aus Naturbambus, 24 cm lang – die Alltagsstäbchen jedes vietnamesischen Haushalts. Ohne Lack oder Firnis, für mehr Haltbarkeit sanft karbonisiert; von Hand spülen und stehend trocknen lassen.',
      },
      fr: {
        title: 'Baguettes en bambou naturel',
        description: 'Des baguettes lisses en bambou naturel, légèrement effilées, de 24 cm : celles du quotidien dans chaque foyer vietnamien. Sans laque ni vernis, légèrement carbonisées pour plus de solidité ; à laver à la main et à faire sécher debout.',
      },
      ja: {
        title: '天然竹の箸',
        description: 'ベトナムの家庭で毎日使われている、長さ24cmの天然竹の箸です。先に向かってゆるやかに細くなるなめらかな形で、塗装やニスは使わず、耐久性を高めるために軽く炭化処理を施しています。手洗い後は立てて乾かしてください。',
      },
      'zh-Hans': {
        title: '天然竹筷',
        description: '长24厘米的天然竹筷，筷身光滑，筷头微微收细，是每个越南家庭餐桌上的日常款。不上漆、不涂清漆，经轻度碳化处理更加耐用；请手洗后竖放晾干。',
      },
    },
    variants: [
      v('BAM-CHP-5', { pack: '5 pairs' }, '12.00', '0.12', [27, 8, 3]),
      v('BAM-CHP-10', { pack: '10 pairs' }, '19.00', '0.22', [27, 10, 4]),
    ],
  },
  {
    handle: 'bamboo-kitchen-utensil-set',
    status: 'active',
    hsCode: '441919',
    originCountry: 'VN',
    material: 'Bamboo',
    categories: ['home', 'bamboo'],
    tags: ['bamboo', 'kitchen', 'utensils'],
    images: [{ url: '/media/demo/bamboo-kitchen-utensil-set.png', alt: 'Bamboo Kitchen Utensil Set' }],
    translations: {
      en: {
        title: 'Bamboo Kitchen Utensil Set',
        description: 'Five bamboo kitchen tools: rice paddle, slotted spatula, flat spatula, ladle and salad fork. They won’t scratch non-stick pans and stay cool in the hand over a hot wok.',
        customsDescription: 'Bamboo kitchenware (cooking utensils), set of 5',
      },
      vi: {
        title: 'Bộ 5 dụng cụ nhà bếp bằng tre',
        description: 'Bộ năm món bằng tre: muỗng xới cơm, xẻng lật có rãnh, xẻng dẹt, vá múc canh và nĩa trộn salad. Không làm trầy chảo chống dính và vẫn mát tay khi đảo bên chảo nóng.',
      },
      de: {
        title: 'Küchenhelfer-Set aus Bambus, 5-teilig',
        description: 'Fünf Küchenhelfer aus Bambus: Reislöffel, Schlitzwender, flacher Wender, Schöpflöffel und Salatgabel. Sie zerkratzen keine beschichteten Pfannen und bleiben auch über dem heißen Wok angenehm kühl in der Hand.',
      },
      fr: {
        title: 'Set de 5 ustensiles de cuisine en bambou',
        description: 'Cinq ustensiles en bambou : spatule à riz, spatule ajourée, spatule plate, louche et fourchette à salade. Ils ne rayent pas les poêles antiadhésives et restent frais en main, même au-dessus d’un wok brûlant.',
      },
      ja: {
        title: '竹のキッチンツール 5点セット',
        description: 'しゃもじ、穴あきターナー、フラットターナー、おたま、サラダフォークの竹製キッチンツール5点セットです。フッ素加工のフライパンを傷つけにくく、熱い中華鍋の上でも持ち手が熱くなりません。',
      },
      'zh-Hans': {
        title: '竹制厨具五件套',
        description: '竹制厨具五件套：饭勺、漏铲、平铲、汤勺和沙拉叉。不会刮伤不粘锅，即使在滚烫的炒锅上翻炒，握在手里依然不烫手。',
      },
    },
    variants: [v('BAM-UTN-5', { pack: 'set of 5' }, '24.00', '0.35', [35, 12, 5])],
  },
  {
    handle: 'hand-woven-bamboo-basket-with-lid',
    status: 'active',
    hsCode: '460211',
    originCountry: 'VN',
    material: 'Split bamboo',
    categories: ['home', 'bamboo'],
    tags: ['bamboo', 'basket', 'hand-woven', 'storage', 'hue'],
    images: [{ url: '/media/demo/hand-woven-bamboo-basket-with-lid.png', alt: 'Hand-Woven Bamboo Basket with Lid' }],
    translations: {
      en: {
        title: 'Hand-Woven Bamboo Basket with Lid',
        description: 'A lidded storage basket hand-woven from split bamboo in a village near Huế, in a tight double weave that keeps its shape for years. Use it for linens, toys or fruit; three sizes that nest inside one another.',
        customsDescription: 'Basket with lid, hand-woven of bamboo (basketwork)',
      },
      vi: {
        title: 'Giỏ tre đan tay có nắp',
        description: 'Giỏ đựng đồ có nắp, đan tay từ nan tre tại một làng nghề gần Huế, kiểu đan hai lớp khít nên giữ dáng nhiều năm. Dùng đựng khăn, đồ chơi hay trái cây đều tiện; có ba cỡ lồng vào nhau được.',
      },
      de: {
        title: 'Handgeflochtener Bambuskorb mit Deckel',
        description: 'Ein Aufbewahrungskorb mit Deckel, in einem Dorf bei Huế von Hand aus gespaltenem Bambus geflochten – im dichten Doppelgeflecht, das jahrelang seine Form behält. Für Wäsche, Spielzeug oder Obst; in drei ineinander passenden Größen.',
      },
      fr: {
        title: 'Panier en bambou tressé main, avec couvercle',
        description: 'Un panier de rangement à couvercle, tressé à la main en lanières de bambou dans un village près de Huế, en double tressage serré qui garde sa forme pendant des années. Pour le linge, les jouets ou les fruits ; trois tailles gigognes.',
      },
      ja: {
        title: '手編み 竹のふた付きバスケット',
        description: 'フエ近郊の村で、割いた竹を職人が手で編み上げたふた付きの収納バスケットです。目の詰まった二重編みなので、長年使っても形が崩れにくいのが魅力です。リネンやおもちゃ、果物の収納に便利な、入れ子にできる3サイズをご用意しました。',
      },
      'zh-Hans': {
        title: '手工编织带盖竹篮',
        description: '由顺化附近村落的匠人用劈开的竹篾手工编织而成的带盖收纳篮，采用紧密的双层编法，多年使用依然不变形。可收纳布品、玩具或水果；共三种尺寸，可层层套放。',
      },
    },
    variants: [
      v('BAM-BSK-S', { size: 'S, 25 cm' }, '28.00', '0.45', [27, 27, 22]),
      v('BAM-BSK-M', { size: 'M, 32 cm' }, '36.00', '0.70', [34, 34, 28]),
      v('BAM-BSK-L', { size: 'L, 40 cm' }, '48.00', '1.00', [42, 42, 34]),
    ],
  },

  // -------------------------------------------------------------------------------------------
  // Sandals: leather uppers (6403.99), textile uppers (6404.19)
  // -------------------------------------------------------------------------------------------
  {
    handle: 'womens-leather-slide-sandals',
    status: 'active',
    hsCode: '640399',
    originCountry: 'VN',
    material: 'Vegetable-tanned leather upper and footbed; natural rubber sole',
    categories: ['accessories', 'sandals'],
    tags: ['leather', 'sandals', 'slides', 'womens', 'hand-stitched'],
    images: [{ url: '/media/demo/womens-leather-slide-sandals.png', alt: 'Women’s Leather Slide Sandals' }],
    translations: {
      en: {
        title: 'Women’s Leather Slide Sandals',
        description: 'Minimal slides with a wide, hand-stitched strap of vegetable-tanned leather, a leather-lined footbed and a natural rubber sole. They mould to your foot within a week of wear. True to size; if you are between sizes, take the larger one.',
        customsDescription: "Women's sandals, uppers of leather, outer soles of rubber",
      },
      vi: {
        title: 'Dép quai ngang da nữ',
        description: 'Đôi dép quai ngang tối giản, quai da thuộc thảo mộc bản rộng khâu tay, lót đế bằng da và đế cao su thiên nhiên. Chỉ sau một tuần mang, dép sẽ ôm theo dáng chân bạn. Đúng size; nếu chân bạn nằm giữa hai size, hãy chọn size lớn hơn.',
      },
      de: {
        title: 'Damen-Pantoletten aus Leder',
        description: 'Schlichte Pantoletten mit breitem, handgenähtem Riemen aus pflanzlich gegerbtem Leder, Lederfußbett und Sohle aus Naturkautschuk. Nach einer Woche haben sie sich Ihrem Fuß angepasst. Fallen normal aus; bei Zwischengrößen bitte die größere wählen.',
      },
      fr: {
        title: 'Mules en cuir femme',
        description: 'Des mules épurées à large bride en cuir tanné végétal cousue main, première en cuir et semelle en caoutchouc naturel. Elles épousent la forme du pied en une semaine. Taillent normalement ; entre deux pointures, prenez la plus grande.',
      },
      ja: {
        title: 'レディース レザー スライドサンダル',
        description: '植物タンニンなめしの革を使った幅広ストラップを手縫いで仕上げた、シンプルなスライドサンダルです。中敷きは革、ソールは天然ゴムで、1週間ほど履くと足になじみます。サイズは標準的な作りで、サイズ選びに迷ったら大きい方をおすすめします。',
      },
      'zh-Hans': {
        title: '女士真皮一字拖',
        description: '简约的一字拖，宽版鞋带采用植鞣皮革手工缝制，搭配真皮鞋垫与天然橡胶大底。穿着一周左右便会贴合脚形。尺码标准；如介于两个尺码之间，建议选大一码。',
      },
    },
    variants: [
      v('SAN-SLD-37', { size: 'EU 37' }, '74.00', '0.70', [32, 20, 11]),
      v('SAN-SLD-38', { size: 'EU 38' }, '74.00', '0.70', [32, 20, 11]),
      v('SAN-SLD-39', { size: 'EU 39' }, '74.00', '0.72', [32, 20, 11]),
    ],
  },
  {
    handle: 'mens-leather-sandals',
    status: 'active',
    hsCode: '640399',
    originCountry: 'VN',
    material: 'Vegetable-tanned leather upper and footbed; rubber sole; brass buckle',
    categories: ['accessories', 'sandals'],
    tags: ['leather', 'sandals', 'mens', 'buckle'],
    images: [{ url: '/media/demo/mens-leather-sandals.png', alt: 'Men’s Leather Sandals' }],
    translations: {
      en: {
        title: 'Men’s Leather Sandals',
        description: 'Classic two-strap sandals with an adjustable brass buckle, made for long days walking the lanes of Hội An. Vegetable-tanned uppers, a cushioned leather footbed and a grippy rubber sole for cobbles and city streets alike.',
        customsDescription: "Men's sandals, uppers of leather, outer soles of rubber",
      },
      vi: {
        title: 'Sandal da nam hai quai',
        description: 'Sandal hai quai cổ điển với khóa đồng điều chỉnh được, làm cho những ngày dài dạo bộ khắp các con hẻm Hội An. Quai da thuộc thảo mộc, lót đế da êm ái và đế cao su bám tốt trên cả đường lát đá lẫn phố xá.',
      },
      de: {
        title: 'Herren-Ledersandalen',
        description: 'Klassische Sandalen mit zwei Riemen und verstellbarer Messingschnalle, gemacht für lange Tage in den Gassen von Hội An. Obermaterial aus pflanzlich gegerbtem Leder, gepolstertes Lederfußbett und griffige Gummisohle für Kopfsteinpflaster wie Stadtstraßen.',
      },
      fr: {
        title: 'Sandales en cuir homme',
        description: 'Des sandales classiques à deux brides et boucle réglable en laiton, faites pour les longues journées à arpenter les ruelles de Hội An. Tige en cuir tanné végétal, semelle intérieure en cuir rembourrée et semelle en caoutchouc adhérente, sur les pavés comme en ville.',
      },
      ja: {
        title: 'メンズ レザーサンダル',
        description: '長さを調節できる真鍮のバックル付き、2本ストラップのクラシックなサンダルで、ホイアンの路地を一日中歩き回る日のために作りました。アッパーは植物タンニンなめしの革、中敷きはクッション性のある革、ソールは石畳でも街なかでも滑りにくいラバーです。',
      },
      'zh-Hans': {
        title: '男士真皮凉鞋',
        description: '经典双带凉鞋，配可调节黄铜鞋扣，专为在会安街巷里漫步一整天而设计。鞋面采用植鞣皮革，搭配柔软的真皮鞋垫和防滑橡胶大底，石板路和城市街道都能从容应对。',
      },
    },
    variants: [
      v('SAN-MEN-41', { size: 'EU 41' }, '86.00', '0.85', [33, 21, 11]),
      v('SAN-MEN-42', { size: 'EU 42' }, '86.00', '0.87', [33, 21, 11]),
      v('SAN-MEN-43', { size: 'EU 43' }, '86.00', '0.90', [33, 21, 11]),
    ],
  },
  {
    handle: 'brocade-strap-sandals',
    status: 'active',
    hsCode: '640419',
    originCountry: 'VN',
    material: 'Hand-woven cotton brocade (thổ cẩm) straps; rubber sole',
    categories: ['accessories', 'sandals'],
    tags: ['sandals', 'brocade', 'tho-cam', 'flat', 'handmade'],
    images: [{ url: '/media/demo/brocade-strap-sandals.png', alt: 'Brocade Strap Sandals' }],
    translations: {
      en: {
        title: 'Brocade Strap Sandals',
        description: 'Flat sandals with straps of thổ cẩm, the hand-woven brocade of the northern highlands, on a light, flexible rubber sole. Every pair’s pattern is a little different. Easy to slip on for the beach or the market.',
        customsDescription: 'Sandals, uppers of textile (cotton brocade), outer soles of rubber',
      },
      vi: {
        title: 'Dép quai thổ cẩm',
        description: 'Dép bệt quai vải thổ cẩm dệt tay của đồng bào vùng cao phía Bắc, trên đế cao su nhẹ và mềm. Hoa văn mỗi đôi đều hơi khác nhau. Dễ xỏ chân khi đi biển hay đi chợ.',
      },
      de: {
        title: 'Sandalen mit Brokatriemen',
        description: 'Flache Sandalen mit Riemen aus Thổ Cẩm, dem handgewebten Brokat aus dem nördlichen Hochland, auf einer leichten, flexiblen Gummisohle. Das Muster ist bei jedem Paar ein wenig anders. Schnell angezogen für Strand oder Markt.',
      },
      fr: {
        title: 'Sandales à brides en brocart',
        description: 'Des sandales plates à brides en thổ cẩm, le brocart tissé main des hauts plateaux du Nord, sur une semelle en caoutchouc légère et souple. Chaque paire a un motif un peu différent. Faciles à enfiler pour la plage ou le marché.',
      },
      ja: {
        title: 'トーカム織 ストラップサンダル',
        description: '北部山岳地帯の少数民族が手織りする錦織「トーカム」をストラップに使った、フラットサンダルです。ソールは軽くてしなやかなラバーで、柄はひとつとして同じものがありません。ビーチやマーケットへさっと履いて出かけられます。',
      },
      'zh-Hans': {
        title: '织锦带凉鞋',
        description: '平底凉鞋，鞋带采用越南北部山区少数民族手工织造的织锦（thổ cẩm），搭配轻盈柔软的橡胶鞋底。每一双的花纹都略有不同，穿脱方便，去海边或逛集市都合适。',
      },
    },
    variants: [
      v('SAN-BRC-37', { size: 'EU 37' }, '48.00', '0.55', [30, 18, 10]),
      v('SAN-BRC-38', { size: 'EU 38' }, '48.00', '0.55', [30, 18, 10]),
      v('SAN-BRC-39', { size: 'EU 39' }, '48.00', '0.57', [30, 18, 10]),
    ],
  },

  // -------------------------------------------------------------------------------------------
  // Skincare (3304.99)
  // -------------------------------------------------------------------------------------------
  {
    handle: 'turmeric-honey-face-cream',
    status: 'active',
    hsCode: '330499',
    originCountry: 'VN',
    material: 'Cream in a glass jar; with turmeric extract, wild honey and rice bran oil',
    categories: ['beauty', 'skincare'],
    tags: ['skincare', 'face-cream', 'turmeric', 'fragrance-free'],
    images: [{ url: '/media/demo/turmeric-honey-face-cream.png', alt: 'Turmeric & Honey Face Cream' }],
    translations: {
      en: {
        title: 'Turmeric & Honey Face Cream',
        description: 'A light daily moisturiser with Vietnamese turmeric extract, wild honey and rice bran oil, for skin that looks brighter and feels comfortable all day. Free of added fragrance and gentle enough for sensitive skin. In a 50 ml glass jar.',
        customsDescription: 'Skin-care cream (face moisturiser), not medicated, 50 ml',
      },
      vi: {
        title: 'Kem dưỡng da mặt nghệ mật ong',
        description: 'Kem dưỡng ẩm hằng ngày dạng nhẹ với chiết xuất nghệ Việt Nam, mật ong rừng và dầu cám gạo, giúp làn da trông tươi sáng và dễ chịu suốt cả ngày. Không hương liệu, dịu nhẹ cho cả da nhạy cảm. Hũ thủy tinh 50 ml.',
      },
      de: {
        title: 'Gesichtscreme Kurkuma & Honig',
        description: 'Eine leichte Feuchtigkeitscreme für jeden Tag mit vietnamesischem Kurkumaextrakt, Wildhonig und Reiskleieöl – für einen frischen Teint und ein angenehmes Hautgefühl den ganzen Tag. Ohne Duftstoffe und sanft genug für empfindliche Haut. Im 50-ml-Glastiegel.',
      },
      fr: {
        title: 'Crème visage curcuma et miel',
        description: 'Un soin hydratant léger pour tous les jours, à l’extrait de curcuma vietnamien, au miel sauvage et à l’huile de son de riz, pour un teint plus lumineux et une peau confortable toute la journée. Sans parfum ajouté, assez doux pour les peaux sensibles. En pot de verre de 50 ml.',
      },
      ja: {
        title: 'ターメリック＆ハニー フェイスクリーム',
        description: 'ベトナム産ターメリックエキス、野生のはちみつ、米ぬか油を配合した、毎日使える軽いテクスチャーの保湿クリームです。肌をすこやかに整え、一日中うるおいを保ちます。無香料で敏感肌の方にもお使いいただける、50mlのガラス瓶入りです。',
      },
      'zh-Hans': {
        title: '姜黄蜂蜜面霜',
        description: '清爽的日常保湿面霜，含越南姜黄提取物、野生蜂蜜与米糠油，令肌肤看起来更加透亮，全天舒适滋润。不添加香精，温和适合敏感肌。50毫升玻璃瓶装。',
      },
    },
    variants: [v('SKN-FAC-50', { size: '50 ml' }, '32.00', '0.18', [9, 9, 8])],
  },
  {
    handle: 'coconut-lemongrass-body-butter',
    status: 'active',
    hsCode: '330499',
    originCountry: 'VN',
    material: 'Coconut oil, shea butter, lemongrass essential oil; aluminium tin',
    categories: ['beauty', 'skincare'],
    tags: ['skincare', 'body-butter', 'coconut', 'lemongrass', 'ben-tre'],
    images: [{ url: '/media/demo/coconut-lemongrass-body-butter.png', alt: 'Coconut & Lemongrass Body Butter' }],
    translations: {
      en: {
        title: 'Coconut & Lemongrass Body Butter',
        description: 'A rich body butter of Bến Tre coconut oil and shea butter, scented with Vietnamese lemongrass essential oil. It melts on contact and leaves skin soft without a greasy feel. In a recyclable aluminium tin.',
        customsDescription: 'Skin-care preparation (body butter), not medicated',
      },
      vi: {
        title: 'Bơ dưỡng thể dừa sả',
        description: 'Bơ dưỡng thể giàu dưỡng chất từ dầu dừa Bến Tre và bơ hạt mỡ, thơm mùi tinh dầu sả Việt Nam. Tan ngay khi thoa, để lại làn da mềm mịn mà không nhờn rít. Đựng trong hộp nhôm có thể tái chế.',
      },
      de: {
        title: 'Körperbutter Kokos & Zitronengras',
        description: 'Eine reichhaltige Körperbutter aus Kokosöl aus Bến Tre und Sheabutter, beduftet mit ätherischem Zitronengrasöl aus Vietnam. Sie schmilzt bei Hautkontakt und hinterlässt zarte Haut ohne Fettfilm. In einer recycelbaren Aluminiumdose.',
      },
      fr: {
        title: 'Beurre corporel coco et citronnelle',
        description: 'Un beurre corporel riche à l’huile de coco de Bến Tre et au beurre de karité, parfumé à l’huile essentielle de citronnelle du Vietnam. Il fond au contact de la peau et la laisse douce, sans film gras. En boîte aluminium recyclable.',
      },
      ja: {
        title: 'ココナッツ＆レモングラス ボディバター',
        description: 'ベンチェー産ココナッツオイルとシアバターをたっぷり配合し、ベトナム産レモングラスの精油で香りづけしたボディバターです。肌にのせるとすっととろけ、べたつかずにしっとりやわらかな肌に整えます。リサイクル可能なアルミ缶入りです。',
      },
      'zh-Hans': {
        title: '椰子香茅身体乳霜',
        description: '以槟椥椰子油和乳木果油调制的滋润身体乳霜，融入越南香茅精油的清新香气。触肤即化，令肌肤柔软细腻而不油腻。装于可回收铝罐中。',
      },
    },
    variants: [
      v('SKN-BOD-100', { size: '100 ml' }, '22.00', '0.20', [9, 9, 5]),
      v('SKN-BOD-200', { size: '200 ml' }, '34.00', '0.34', [11, 11, 6]),
    ],
  },
];
