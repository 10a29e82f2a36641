/**
 * Names common among buyers the world over though rare on the denied-party lists: the most
 * frequent surnames of China, Korea, Vietnam, India, the Spanish- and English-speaking countries
 * and Russia, and a few given names. Compiled by hand from names that national frequency tables
 * rank near the top; not measured here, and short on purpose (a longer table of given names and
 * European surnames changed nothing on 2,000 common names screened against the official lists,
 * and cost recall on the labeled set). Screening weighs each as if it were in 0.4 % of names (see
 * token-weights.ts): a false positive comes from a customer's name, so a name shared by
 * millions must not weigh like a rare one just because few listed parties bear it.
 */
export const COMMON_NAMES_WORLDWIDE: readonly string[] = 'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao cui zhong tan jun min kim lee park choi jung kang cho yoon jang lim nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong singh kumar sharma patel shah das gupta devi rao reddy garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz cruz smith johnson williams brown jones miller davis wilson taylor anderson thomas moore john james david michael peter paul anna ivanov ivanova smirnov smirnova kuznetsov popov petrov petrova'.split(' ');
