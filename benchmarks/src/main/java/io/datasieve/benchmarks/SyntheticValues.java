package io.datasieve.benchmarks;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic shapes of the values a CRM export or a chat log holds: people, phone numbers in the
 * formats people type, dates in several conventions, valid SSNs, Luhn-valid cards, mod-97-valid
 * IBANs, addresses, companies, prose. Every value comes from the one seeded {@link Random}, so a
 * corpus is the same bytes on every run. All people, numbers and tokens are made up.
 */
final class SyntheticValues {
  static final String[] FIRST = {
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
    "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
    "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra",
    "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle",
    "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Dorothy", "George", "Melissa", "Timothy", "Deborah",
    "Ronald", "Stephanie", "Edward", "Rebecca", "Jason", "Sharon", "Jeffrey", "Laura", "Ryan", "Cynthia",
    "Jacob", "Kathleen", "Gary", "Amy", "Nicholas", "Angela", "Eric", "Shirley", "Jonathan", "Anna",
    "Stephen", "Brenda", "Larry", "Pamela", "Justin", "Emma", "Scott", "Nicole", "Brandon", "Helen",
    "Benjamin", "Samantha", "Samuel", "Katherine", "Gregory", "Christine", "Alexander", "Debra", "Frank", "Rachel",
    "Patrick", "Carolyn", "Raymond", "Janet", "Jack", "Catherine", "Dennis", "Maria", "Jerry", "Heather",
    "Tyler", "Diane", "Aaron", "Ruth", "Jose", "Julie", "Adam", "Olivia", "Nathan", "Joyce",
    "Henry", "Virginia", "Douglas", "Victoria", "Zachary", "Kelly", "Peter", "Lauren", "Kyle", "Christina",
    "Noah", "Joan", "Ethan", "Evelyn", "Jeremy", "Judith", "Walter", "Megan", "Christian", "Andrea",
    "Keith", "Cheryl", "Roger", "Hannah", "Terry", "Jacqueline", "Austin", "Martha", "Sean", "Gloria",
    "Wei", "Mei", "Hiroshi", "Yuki", "Priya", "Arjun", "Ananya", "Rohan", "Fatima", "Omar",
    "Aisha", "Tariq", "Chidi", "Ngozi", "Kwame", "Amara", "Diego", "Lucía", "Mateo", "Sofía",
    "Camila", "Santiago", "Elena", "Luca", "Giulia", "Matteo", "Sven", "Ingrid", "Søren", "Astrid",
    "Zoë", "Chloé", "Léa", "François", "Jürgen", "Łukasz", "Agnieszka", "Dmitri", "Olga", "Yusuf",
    "Leila", "Hana", "Minh", "Thanh", "Jae", "Seo-yeon", "Ravi", "Deepa", "Kofi", "Abena",
    "Grace", "Hope", "Will", "May", "June", "Rose", "Dawn", "Bill", "Faith", "Jade",
  };
  static final String[] LAST = {
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
    "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
    "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
    "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
    "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
    "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper",
    "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson",
    "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes",
    "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez",
    "Chen", "Wang", "Zhang", "Liu", "Yamamoto", "Tanaka", "Suzuki", "Park", "Choi", "Gupta",
    "Sharma", "Singh", "Iyer", "Okafor", "Adeyemi", "Mensah", "Osei", "Haddad", "Khalil", "Nasser",
    "Rossi", "Bianchi", "Romano", "Novak", "Kowalski", "Nowak", "Müller", "Schmidt", "Fischer", "Weber",
    "Dubois", "Lefèvre", "Moreau", "Silva", "Santos", "Oliveira", "Pereira", "Costa", "Andersson", "Johansson",
    "Nielsen", "Jensen", "Hansen", "Ivanov", "Petrova", "O'Brien", "O'Connor", "McCarthy", "MacDonald", "Byrne",
    "Van der Berg", "De Jong", "García Márquez", "Al-Sayed", "Ben-David", "St. Clair", "Fitzgerald", "Whitaker", "Holloway", "Pennington",
  };
  static final String[] AGENTS = {"Tom in billing", "Maya (tier 2)", "the night shift", "Carlos", "Priya S.", "the onboarding team", "Jordan", "Ava from sales"};
  private static final String[] AREA_CODES = {
    "201", "202", "206", "212", "213", "214", "215", "267", "303", "305", "310", "312", "313", "317", "347", "404",
    "408", "412", "415", "469", "503", "510", "512", "602", "612", "617", "619", "646", "650", "702", "704", "713",
    "718", "720", "737", "773", "786", "801", "808", "818", "832", "858", "904", "916", "917", "949", "971", "984",
  };
  private static final String[][] CITIES = {
    {"New York", "NY", "100"}, {"Brooklyn", "NY", "112"}, {"Los Angeles", "CA", "900"}, {"San Francisco", "CA", "941"},
    {"San Diego", "CA", "921"}, {"Oakland", "CA", "946"}, {"Chicago", "IL", "606"}, {"Houston", "TX", "770"},
    {"Austin", "TX", "787"}, {"Dallas", "TX", "752"}, {"Phoenix", "AZ", "850"}, {"Philadelphia", "PA", "191"},
    {"Pittsburgh", "PA", "152"}, {"Seattle", "WA", "981"}, {"Portland", "OR", "972"}, {"Denver", "CO", "802"},
    {"Boston", "MA", "021"}, {"Miami", "FL", "331"}, {"Orlando", "FL", "328"}, {"Atlanta", "GA", "303"},
    {"Charlotte", "NC", "282"}, {"Raleigh", "NC", "276"}, {"Nashville", "TN", "372"}, {"Detroit", "MI", "482"},
    {"Minneapolis", "MN", "554"}, {"St. Louis", "MO", "631"}, {"Kansas City", "MO", "641"}, {"Salt Lake City", "UT", "841"},
    {"Las Vegas", "NV", "891"}, {"Honolulu", "HI", "968"}, {"Columbus", "OH", "432"}, {"Cleveland", "OH", "441"},
    {"Indianapolis", "IN", "462"}, {"Baltimore", "MD", "212"}, {"Washington", "DC", "200"}, {"Newark", "NJ", "071"},
  };
  private static final String[] STREETS = {
    "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Main", "Sunset", "Highland",
    "Jefferson", "Lincoln", "Madison", "Franklin", "Church", "Willow", "River", "Spring", "Valley", "Ridge",
    "Mill", "Chestnut", "Walnut", "Birch", "Hickory", "Magnolia", "Meadow", "Forest", "Harbor", "Broad",
    "Market", "Grand", "Orchard", "Prospect", "Union", "Lakeview", "Fairview", "Mission",
  };
  private static final String[] STREET_KINDS = {
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr", "Court", "Way", "Place", "Terrace",
  };
  private static final String[] COMPANY_A = {
    "Blue", "North", "Silver", "Granite", "Summit", "Pioneer", "Evergreen", "Harbor", "Atlas", "Crescent", "Redwood",
    "Bright", "Union", "Coastal", "Keystone", "Liberty", "Iron", "Golden", "Prairie", "Metro", "Apex", "Lumen",
  };
  private static final String[] COMPANY_B = {
    "Logistics", "Analytics", "Dental", "Foods", "Software", "Capital", "Health", "Builders", "Media", "Labs",
    "Insurance", "Outfitters", "Consulting", "Energy", "Freight", "Realty", "Robotics", "Pharmacy", "Design", "Systems",
  };
  private static final String[] COMPANY_SUFFIX = {"", "", " Inc.", " LLC", " Corp", " Group", " Co.", " Partners", " Ltd"};
  private static final String[] JOBS = {
    "Software Engineer", "Account Manager", "Registered Nurse", "Teacher", "Operations Director", "Sales Associate",
    "Chief Financial Officer", "Data Analyst", "Pharmacist", "Project Manager", "Electrician", "Graphic Designer",
    "HR Generalist", "Marketing Coordinator", "Paralegal", "Product Owner", "Warehouse Supervisor", "Dentist",
    "Customer Success Lead", "Civil Engineer", "Accountant", "Barista", "Store Manager", "Research Scientist",
    "Office Administrator", "Truck Driver", "Real Estate Agent", "Physical Therapist", "VP Engineering", "Student",
    "Retired", "Consultant", "Chef", "Architect", "Security Officer", "Social Worker", "Mechanic", "Photographer",
  };
  static final String[] MAIL_DOMAINS = {
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
    "protonmail.com", "comcast.net", "att.net", "me.com", "live.com", "fastmail.fm",
  };
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  };
  static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  static final String[] PRODUCTS = {
    "Basic", "Plus", "Premium", "Pro", "Family", "Business", "Enterprise", "Starter", "Gold", "Platinum",
  };
  private static final String[] IBAN_BANKS = {"NWBK", "BARC", "LOYD", "HBUK", "MIDL", "ABNA", "INGB", "RABO", "TRIO"};
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String HEX = "0123456789abcdef";

  private final Random random;

  SyntheticValues(Random random) {
    this.random = random;
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Whether an event of probability {@code 1 / n} happens. */
  boolean oneIn(int n) {
    return random.nextInt(n) == 0;
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  String first() {
    return pick(FIRST);
  }

  String last() {
    return pick(LAST);
  }

  /** A full name as a CRM shows it: usually "First Last", sometimes with an initial, a title or inverted. */
  String fullName(String first, String last) {
    return switch (random.nextInt(12)) {
      case 0 -> first + " " + (char) ('A' + random.nextInt(26)) + ". " + last;
      case 1 -> last + ", " + first;
      case 2 -> pick(new String[] {"Dr. ", "Mr. ", "Ms. ", "Mrs. "}) + first + " " + last;
      case 3 -> first + " " + pick(FIRST) + " " + last;
      default -> first + " " + last;
    };
  }

  /** An address made from a name: lower-cased, accents and punctuation removed, in one of the usual patterns. */
  String email(String first, String last) {
    String f = mailPart(first);
    String l = mailPart(last);
    String domain = oneIn(4) ? companyDomain() : pick(MAIL_DOMAINS);
    String local = switch (random.nextInt(7)) {
      case 0 -> f + "." + l;
      case 1 -> f.charAt(0) + l;
      case 2 -> f + "_" + l + random.nextInt(100);
      case 3 -> f + l.charAt(0) + (1950 + random.nextInt(55));
      case 4 -> l + "." + f;
      case 5 -> f + random.nextInt(10_000);
      default -> f + "." + l + "+" + pick(new String[] {"shop", "news", "work", "crm"});
    };
    return local + "@" + domain;
  }

  private static String mailPart(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  String companyDomain() {
    return (pick(COMPANY_A) + pick(COMPANY_B)).toLowerCase(Locale.ROOT) + pick(new String[] {".com", ".io", ".net", ".co", ".org"});
  }

  String company() {
    if (oneIn(6)) {
      return last() + " & " + pick(new String[] {"Sons", "Associates", "Partners", "Daughters"});
    }
    return pick(COMPANY_A) + " " + pick(COMPANY_B) + pick(COMPANY_SUFFIX);
  }

  String job() {
    return pick(JOBS);
  }

  /** A US number in one of the ways people write them. */
  String phone() {
    String area = pick(AREA_CODES);
    String exchange;
    if (oneIn(15)) {
      exchange = "555";
    } else {
      do {
        exchange = Integer.toString(between(200, 999));
      } while (exchange.endsWith("11"));
    }
    String line = pad(random.nextInt(10_000), 4);
    return switch (random.nextInt(9)) {
      case 0, 1 -> "(" + area + ") " + exchange + "-" + line;
      case 2 -> "+1 " + area + "-" + exchange + "-" + line;
      case 3 -> area + "." + exchange + "." + line;
      case 4, 5 -> area + "-" + exchange + "-" + line;
      case 6 -> "+1 (" + area + ") " + exchange + "-" + line;
      case 7 -> area + " " + exchange + " " + line;
      default -> "+1" + area + exchange + line;
    };
  }

  /** A birth date (ages 18 to 85) in one of several formats. */
  String birthDate() {
    return date(1940 + random.nextInt(66));
  }

  String date(int year) {
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    return switch (random.nextInt(8)) {
      case 0, 1, 2 -> year + "-" + pad(month, 2) + "-" + pad(day, 2);
      case 3, 4 -> pad(month, 2) + "/" + pad(day, 2) + "/" + year;
      case 5 -> pad(day, 2) + "." + pad(month, 2) + "." + year;
      case 6 -> MONTHS[month - 1] + " " + day + ", " + year;
      default -> day + " " + MONTHS[month - 1].substring(0, 3) + " " + year;
    };
  }

  /** A signup time: an ISO date, an ISO timestamp with or without a zone, or a US date. */
  String signup() {
    int year = 2012 + random.nextInt(14);
    String date = year + "-" + pad(1 + random.nextInt(12), 2) + "-" + pad(1 + random.nextInt(28), 2);
    String time = pad(random.nextInt(24), 2) + ":" + pad(random.nextInt(60), 2) + ":" + pad(random.nextInt(60), 2);
    return switch (random.nextInt(4)) {
      case 0 -> date;
      case 1 -> date + " " + time;
      case 2 -> date + "T" + time + "Z";
      default -> date(year);
    };
  }

  String month() {
    return pick(MONTHS);
  }

  /** An SSN the SSA could have issued: area 001-899 but not 666, group 01-99, serial 0001-9999. */
  String ssn(boolean dashed) {
    while (true) {
      int area = 1 + random.nextInt(899);
      int group = 1 + random.nextInt(99);
      int serial = 1 + random.nextInt(9999);
      String s = pad(area, 3) + pad(group, 2) + pad(serial, 4);
      if (area == 666 || s.chars().distinct().count() == 1 || s.equals("078051120") || s.equals("123456789")
          || s.equals("219099999")) {
        continue;
      }
      return dashed ? s.substring(0, 3) + "-" + s.substring(3, 5) + "-" + s.substring(5) : s;
    }
  }

  /** A Luhn-valid card number of a real issuer's prefix and length, grouped the usual ways. */
  String card() {
    String prefix;
    int length = 16;
    switch (random.nextInt(10)) {
      case 0, 1, 2, 3, 4 -> prefix = "4";
      case 5, 6 -> prefix = Integer.toString(51 + random.nextInt(5));
      case 7 -> prefix = Integer.toString(2221 + random.nextInt(500));
      case 8 -> {
        prefix = random.nextBoolean() ? "34" : "37";
        length = 15;
      }
      default -> prefix = random.nextBoolean() ? "6011" : "65";
    }
    StringBuilder digits = new StringBuilder(prefix);
    while (digits.length() < length - 1) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    digits.append(luhnCheckDigit(digits));
    String d = digits.toString();
    int style = random.nextInt(4);
    if (style == 0) {
      return d;
    }
    String sep = style == 1 ? "-" : " ";
    return length == 15
        ? d.substring(0, 4) + sep + d.substring(4, 10) + sep + d.substring(10)
        : d.substring(0, 4) + sep + d.substring(4, 8) + sep + d.substring(8, 12) + sep + d.substring(12);
  }

  static char luhnCheckDigit(CharSequence payload) {
    int sum = 0;
    boolean twice = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = payload.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  /** A mod-97-valid IBAN of a European country, compact or in groups of four. */
  String iban() {
    String country;
    String bban;
    switch (random.nextInt(6)) {
      case 0 -> {
        country = "DE";
        bban = digits(18);
      }
      case 1 -> {
        country = "GB";
        bban = IBAN_BANKS[random.nextInt(5)] + digits(14);
      }
      case 2 -> {
        country = "NL";
        bban = IBAN_BANKS[5 + random.nextInt(4)] + digits(10);
      }
      case 3 -> {
        country = "FR";
        bban = digits(23);
      }
      case 4 -> {
        country = "ES";
        bban = digits(20);
      }
      default -> {
        country = "BE";
        bban = digits(12);
      }
    }
    int check = 98 - mod97(bban + country + "00");
    String iban = country + pad(check, 2) + bban;
    if (random.nextBoolean()) {
      return iban;
    }
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      grouped.append(i == 0 ? "" : " ").append(iban, i, Math.min(iban.length(), i + 4));
    }
    return grouped.toString();
  }

  private static int mod97(String s) {
    int mod = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      mod = (v > 9 ? mod * 100 + v : mod * 10 + v) % 97;
    }
    return mod;
  }

  /** A public IPv4 address (no private, loopback, link-local or documentation range), sometimes IPv6. */
  String ip() {
    if (oneIn(10)) {
      StringBuilder v6 = new StringBuilder(pick(new String[] {"2a02", "2600", "2607", "2001:4860", "2a01", "2604"}));
      int groups = 2 + random.nextInt(3);
      for (int i = 0; i < groups; i++) {
        v6.append(':').append(Integer.toHexString(1 + random.nextInt(0xffff)));
      }
      return v6.append("::").append(Integer.toHexString(1 + random.nextInt(0xfff))).toString();
    }
    while (true) {
      int a = 1 + random.nextInt(223);
      int b = random.nextInt(256);
      if (a == 10 || a == 127 || a == 100 || (a == 169 && b == 254) || (a == 172 && b >= 16 && b < 32) || (a == 192 && b == 168)
          || (a == 192 && b == 0) || (a == 198 && (b == 51 || b == 18 || b == 19)) || (a == 203 && b == 0)) {
        continue;
      }
      return a + "." + b + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
  }

  String street() {
    String s = between(1, 9999) + " " + (oneIn(5) ? pick(new String[] {"N ", "S ", "E ", "W "}) : "") + pick(STREETS) + " " + pick(STREET_KINDS);
    return switch (random.nextInt(8)) {
      case 0 -> s + " Apt " + between(1, 40) + (char) ('A' + random.nextInt(6));
      case 1 -> s + ", Suite " + between(100, 950);
      case 2 -> s + " Unit " + between(1, 300);
      default -> s;
    };
  }

  /** City, state and a ZIP code that belongs to them (sometimes ZIP+4). */
  String[] cityStateZip() {
    String[] c = CITIES[random.nextInt(CITIES.length)];
    String zip = c[2] + pad(random.nextInt(100), 2);
    if (oneIn(8)) {
      zip += "-" + pad(random.nextInt(10_000), 4);
    }
    return new String[] {c[0], c[1], zip};
  }

  String amount() {
    return between(1, 4999) + "." + pad(random.nextInt(100), 2);
  }

  String digits(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  String alnum(int n) {
    return chars(ALNUM, n);
  }

  String hex(int n) {
    return chars(HEX, n);
  }

  String chars(String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  String uuid() {
    return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-" + "89ab".charAt(random.nextInt(4)) + hex(3) + "-" + hex(12);
  }

  /**
   * A token in the shape of a GitHub classic personal access token. Random, so never a real one
   * (real tokens end in a checksum this does not compute).
   */
  String githubToken() {
    return "ghp_" + alnum(36);
  }

  /** A string in the shape of an AWS access key id; random, never a real one. */
  String awsAccessKeyId() {
    return "AKIA" + chars(BASE32, 16);
  }

  String awsSecretKey() {
    return chars(ALNUM + "/+", 40);
  }

  static String pad(int value, int width) {
    String s = Integer.toString(value);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
