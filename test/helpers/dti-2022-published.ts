/**
 * The provincial DTI 2022 (QĐ 922/QĐ-BTTTT, Phụ lục 1): the eight scored main indicators in the
 * column order of the published ranking, with their maximum points. One copy for the bundled
 * set's test and the end-to-end check against the published ranking, so both hold the same list.
 */
export const DTI_2022_MAIN_INDICATORS: readonly (readonly [string, number])[] = [
  ['Nhận thức số', 100],
  ['Thể chế số', 100],
  ['Hạ tầng số', 100],
  ['Nhân lực số', 100],
  ['An toàn thông tin mạng', 100],
  ['Hoạt động chính quyền số', 200],
  ['Hoạt động kinh tế số', 150],
  ['Hoạt động xã hội số', 150],
];
