/**
 * Passwords refused at sign-up and change because they top every leaked-password list (English
 * and Chinese users alike). Compared case-insensitively; anything shorter than 8 characters is
 * refused by length already, so the list holds only those of 8 or more.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '12345678', '123456789', '1234567890', '12345678910', '123123123', '11111111', '00000000', '88888888',
  '66666666', '99999999', '22222222', '55555555', '77777777', '11223344', '12341234', '12344321',
  '87654321', '98765432', '0987654321', '147258369', '123654789', '159357456', '741852963', '963852741',
  '1qaz2wsx', 'qwertyui', 'qwertyuiop', 'qwerty123', 'qwerty12', '1q2w3e4r', '1q2w3e4r5t', 'q1w2e3r4',
  'asdfghjkl', 'asdfasdf', 'zxcvbnm1', 'zxcvbnm123', '1234qwer', 'qwer1234', 'abcd1234', 'a1234567',
  'a12345678', 'aa123456', 'abc12345', 'abc123456', 'abcdefgh', 'abcdefg1', 'password', 'password1',
  'password12', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'pa$$word', 'iloveyou', 'iloveyou1',
  'sunshine', 'princess', 'football', 'baseball', 'welcome1', 'welcome123', 'trustno1', 'superman',
  'starwars', 'whatever', 'dragon12', 'master12', 'michael1', 'jennifer', 'computer', 'internet',
  'letmein1', 'monkey12', 'shadow12', 'admin123', 'admin1234', 'administrator', 'root1234', 'test1234',
  'testtest', 'changeme', 'default1', 'qazwsxedc', '1qazxsw2', 'zaq12wsx', 'xiaoming', 'woaini1314',
  '5201314520', '52013145', 'woaini520', 'woaini123', 'wangyang', 'zhangwei', 'li123456', 'wang1234',
  'zhang123', 'aaaaaaaa', 'qqqqqqqq', '1111111111', '0123456789', '123456abc', 'abc123abc', 'a123456789',
  'qq123456', 'qq5201314', 'asd123456', 'zxc123456', 'qwe123456', '123qweasd', '123qwe123', 'qweasdzxc',
  'xinzhi123', 'xinzhi2026', 'company123', 'welcome2026', 'password2026', 'spring2026', 'summer2026',
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
