/**
 * A generated catalog CSV of `products` x `variantsPerProduct` rows, with English, German and
 * Japanese titles, for timing imports (10,000 variants: 2,500 products x 4).
 */
export function generateCatalogCsv(products: number, variantsPerProduct: number, options: { priceCents?: number } = {}): string {
  const header =
    'handle,status,hs_code,origin_country,categories,tags,title_en,description_en,title_de,title_ja,national_code_us,sku,option_size,option_colour,price,currency,weight_kg,length_cm,width_cm,height_cm\n';
  const sizes = ['S', 'M', 'L', 'XL', 'XXL', '3XL'];
  const lines: string[] = [header];
  for (let p = 0; p < products; p++) {
    for (let v = 0; v < variantsPerProduct; v++) {
      const cents = (options.priceCents ?? 1500) + p + v;
      lines.push(
        `gen-product-${p},active,610910,VN,clothing|tops,cotton|gen-${p % 10},Cotton tee ${p},"Soft cotton T-shirt number ${p}, made in Viet Nam",Baumwoll-T-Shirt ${p},コットンTシャツ ${p},6109100012,GEN-${p}-${v},${sizes[v % sizes.length]},indigo,${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')},USD,0.${String(150 + v).padStart(3, '0')},30,20,2\n`,
      );
    }
  }
  return lines.join('');
}
