// Letters that name whom they go to on a line of their own, in languages with no "Dear …": a Thai
// letter's "เรียน" line (to, and greeting at once), a Vietnamese letter's dashed list under
// "Kính gửi:" above "Thưa quý vị!", an Arabic appeal's "حضرة" line under its headline. The courtesy,
// the rank and Mr/Mrs/Miss are no part of the name; the country is given in English; the letter is
// the text under the address (or under the greeting).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const draft = (page: string) => {
  const text = importDocument(page, { source: 'letter.txt' }).caseText;
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  const fm = (parse(m?.[1] ?? '') ?? {}) as { country?: string; languages?: string[]; targets?: Array<Record<string, unknown>> };
  return { fm, body: m?.[2] ?? '' };
};

const thaiLetter = 'ข้าพเจ้าขอเรียกร้องให้ท่านปล่อยตัวผู้ถูกคุมขังทุกคนโดยทันทีและไม่มีเงื่อนไข และยุติการดำเนินคดีต่อผู้ชุมนุมอย่างสงบ';
const thaiPage = (addressee: string) => ['เรือนจำกลางตัวอย่าง', 'ถนนสมมติ เขตตัวอย่าง กรุงเทพมหานคร 10900', '', '3 เมษายน 2566', '', addressee, '', thaiLetter, '', 'ขอแสดงความนับถือ', ''].join('\n');

const thai = [
  { why: 'His Excellency and the office before Miss and the name', line: 'เรียน ฯพณฯ ท่านนายกรัฐมนตรี นางสาวมาลี ตัวอย่าง', name: 'มาลี ตัวอย่าง', title: 'นายกรัฐมนตรี' },
  { why: 'a general\'s rank glued to the name, his office after it', line: 'เรียน พลเอกประยุทธ สมมติ หัวหน้าคณะรักษาความสงบแห่งชาติ', name: 'ประยุทธ สมมติ', title: 'หัวหน้าคณะรักษาความสงบแห่งชาติ' },
  { why: 'Mr glued to the name, the minister\'s office after it', line: 'เรียน นายสมศักดิ์ ตัวอย่าง รัฐมนตรีว่าการกระทรวงยุติธรรม', name: 'สมศักดิ์ ตัวอย่าง', title: 'รัฐมนตรีว่าการกระทรวงยุติธรรม' },
];

describe('a Thai letter\'s "เรียน" line', () => {
  for (const r of thai) {
    it(`names the official without courtesy or rank, over the letter (${r.why})`, () => {
      const { fm, body } = draft(thaiPage(r.line));
      // The prison's address at the top is the sender's, never the official's.
      expect(fm.targets).toHaveLength(1);
      expect(fm.targets?.[0]).toMatchObject({ name: r.name, title: r.title });
      expect(fm.targets?.[0]?.address).toBeUndefined();
      expect(fm.targets?.[0]?.salutation).toBeUndefined();
      expect(fm.country).toBe('Thailand');
      expect(fm.languages).toEqual(['th']);
      expect(body).toContain(thaiLetter.slice(0, 30));
      expect(body).not.toContain('ขอแสดงความนับถือ');
    });
  }
});

const viLetter = 'Chúng tôi kêu gọi chính quyền trả tự do ngay lập tức và vô điều kiện cho nhà hoạt động Phạm Văn Thí Dụ, người bị bắt chỉ vì bày tỏ ý kiến một cách ôn hòa.';

describe('a Vietnamese letter\'s "Kính gửi:" list', () => {
  it('gives a person with his office, and offices named alone, all greeted by the one greeting', () => {
    const { fm, body } = draft(['THƯ NGỎ', '', 'Kính gửi:', '- Bà Lê Thị Mẫu, Bộ trưởng Bộ Công an.', '- Viện trưởng Viện Kiểm sát Nhân dân Tối cao.', '', 'Thưa quý vị!', '', viLetter, '', 'Trân trọng,', ''].join('\n'));
    expect(fm.targets).toHaveLength(2);
    expect(fm.targets?.[0]).toMatchObject({ name: 'Lê Thị Mẫu', honorific: 'Bà', title: 'Bộ trưởng Bộ Công an', salutation: 'Thưa quý vị' });
    expect(fm.targets?.[1]).toMatchObject({ name: 'Viện trưởng Viện Kiểm sát Nhân dân Tối cao', salutation: 'Thưa quý vị' });
    expect(fm.languages).toEqual(['vi']);
    expect(body).toContain(viLetter.slice(0, 30));
    expect(body).not.toContain('Trân trọng');
  });

  it('takes the country from the state a title names at its end', () => {
    const { fm } = draft(['Kính gửi:', '– Ông Trần Văn Mẫu, Chủ tịch Nước CHXHCN Việt Nam.', '', 'Thưa Chủ tịch!', '', viLetter, ''].join('\n'));
    expect(fm.targets?.[0]).toMatchObject({ name: 'Trần Văn Mẫu', title: 'Chủ tịch Nước CHXHCN Việt Nam' });
    expect(fm.country).toBe('Vietnam');
  });
});

const arLetter = 'نكتب إليكم بشأن المعتقلين المحتجزين منذ أشهر دون توجيه أي تهمة إليهم، ونطالبكم بالتدخل من أجل الإفراج عنهم فوراً.';

describe('an Arabic appeal\'s "حضرة" line', () => {
  it('names the president by his office and name, his country in English, the letter under him', () => {
    const { fm, body } = draft(['نداء إلى رئيس السلطة الوطنية الفلسطينية من أجل المحتجزين في العراق', '', 'حضرة الرئيس سليم مثال', '', arLetter, '', 'وتفضلوا بقبول فائق الاحترام', ''].join('\n'));
    expect(fm.targets).toHaveLength(1);
    expect(fm.targets?.[0]).toMatchObject({ name: 'سليم مثال', title: 'الرئيس' });
    // The prisoners are held in Iraq; the official is the Palestinian Authority's.
    expect(fm.country).toBe('Palestine');
    expect(fm.languages).toEqual(['ar']);
    expect(body).toContain(arLetter.slice(0, 30));
    expect(body).not.toContain('وتفضلوا');
  });

  it('reads a petition to a king: "إلى … صاحب الجلالة الملك <name> نصره الله وأيده." under the sender, the blessing no part of the name', () => {
    const { fm, body } = draft(['من الأمانة العامة للمنظمة المثالية لحقوق الإنسان.', 'إلى السدة العالية بالله صاحب الجلالة الملك مثال الثالث نصره الله وأيده.', 'الموضوع : طلب العفو عن المعتقلين.', 'مولانا صاحب الجلالة والمهابة،', arLetter, ''].join('\n'));
    expect(fm.targets).toHaveLength(1);
    expect(fm.targets?.[0]).toMatchObject({ name: 'مثال الثالث', title: 'الملك', salutation: 'مولانا صاحب الجلالة والمهابة' });
    expect(fm.languages).toEqual(['ar']);
    expect(body).toContain(arLetter.slice(0, 30));
  });

  it('gives a country the page names in Arabic by its English name', () => {
    const { fm } = draft(['نداء عاجل من أجل المعتقلين في العراق', '', 'حضرة الوزير سليم مثال', '', arLetter, ''].join('\n'));
    expect(fm.country).toBe('Iraq');
  });
});

const zhLetter = '我们写信是为了表达对被任意拘留的记者的关注。我们敦促您确保他们立即获释，并在拘留期间免受酷刑。';

describe('a Chinese letter\'s addressee above its greeting, as on an envelope', () => {
  it('gives the name without the office glued after it, each address line as printed, the country the address opens with', () => {
    const { fm } = draft(['致外国元首的信', '', '玛丽・范例总统', '', '法国巴黎市圣奥诺雷街55号', '', '爱丽舍宫', '', '尊敬的范例总统:', '', zhLetter, '', '此致', '敬礼', ''].join('\n'));
    expect(fm.targets).toHaveLength(1);
    expect(fm.targets?.[0]).toMatchObject({ name: '玛丽・范例', title: '总统', address: ['法国巴黎市圣奥诺雷街55号', '爱丽舍宫'] });
    expect(fm.country).toBe('France');
    expect(fm.languages).toEqual(['zh']);
  });
});
