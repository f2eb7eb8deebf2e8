package io.datasieve.benchmarks;

/**
 * Prose for free-text fields: CRM notes and chat turns, sentences of varied length and wording
 * with people, phone numbers, e-mail addresses, dates and amounts mixed in the way agents and
 * customers write them. What it plants that a detector must find (SSNs) is counted by the caller
 * through {@link #plantedSsns}.
 */
final class SyntheticText {
  private static final String[] SUBJECTS = {
    "The customer", "Client", "She", "He", "They", "The account owner", "The caller", "Our contact", "The buyer",
    "Their assistant", "The new admin", "Billing contact",
  };
  private static final String[] VERBS = {
    "reported", "asked about", "complained about", "confirmed", "requested", "mentioned", "was unhappy with", "praised",
    "wanted details on", "could not find", "disputed", "followed up on", "is still waiting for", "cancelled", "upgraded",
  };
  private static final String[] OBJECTS = {
    "the late shipment", "a duplicate charge", "the new pricing", "the mobile app login", "password reset emails",
    "the loyalty points balance", "a damaged package", "the annual invoice", "the refund", "the warranty claim",
    "the delivery window", "a missing item", "the tax exemption form", "two-factor codes", "the data export",
    "the contract renewal", "the onboarding call", "a replacement part", "the shipping address", "the trial extension",
  };
  private static final String[] TAILS = {
    "", "", "", " and wants a follow-up", " after the last update", " again this week", " for the third time",
    " but seemed satisfied in the end", " and asked for a supervisor", " before the end of the quarter",
    " while traveling", " on behalf of the whole team", " and was polite throughout", " via chat first, then by phone",
    " because the website kept timing out", " and expects an answer by tomorrow",
  };
  private static final String[] ADVERBS = {"", "", "", "politely ", "repeatedly ", "briefly ", "finally ", "again "};
  private static final String[] TOPICS = {
    "sourdough starter", "a trip to Lisbon", "my resume", "a birthday speech", "the quarterly report", "tomato plants",
    "a cover letter", "learning Spanish", "my running plan", "a wedding toast", "a rental agreement", "the team offsite",
    "a product launch email", "an apology to a client", "a grocery budget", "a history essay",
  };
  private static final String[] TECH = {
    "a Python script", "a SQL query", "a React component", "a bash one-liner", "a Go HTTP handler", "a regex",
    "a Dockerfile", "a Kubernetes manifest", "a unit test", "a Java stream pipeline", "a CSV parser", "a cron job",
  };
  private static final String[] EXPLAIN = {
    "The simplest way is to start small and check the result after each step",
    "It depends on how often the data changes and who needs to read it",
    "A common mistake is to optimise before measuring anything",
    "You can keep the first version short and refine the wording later",
    "Make sure the input is validated before it reaches the database",
    "If the error persists, clear the cache and try once more",
    "Most people find it easier to write the outline first",
    "I would split this into two smaller functions so each one does one thing",
    "Keep a copy of the original in case you want to compare",
    "The tone should be friendly but direct, and the ask should come early",
    "Use a dictionary for lookups instead of scanning the list every time",
    "Here is a version that handles empty lines and trailing spaces",
    "Try to keep each paragraph to a single idea",
    "That warning is harmless, but the second message points to a real problem",
    "Consider adding a retry with a short backoff around the network call",
    "In practice, a budget works best when it is reviewed every week",
    "Remember to water the plants early in the morning when it is hot",
    "The sentence reads better if you move the date to the end",
  };

  private final SyntheticValues values;
  long plantedSsns;

  SyntheticText(SyntheticValues values) {
    this.values = values;
  }

  /** A sentence of generic prose, 5 to 25 words. */
  String filler() {
    StringBuilder s = new StringBuilder();
    s.append(values.pick(SUBJECTS)).append(' ').append(values.pick(ADVERBS)).append(values.pick(VERBS)).append(' ')
        .append(values.pick(OBJECTS)).append(values.pick(TAILS));
    if (values.oneIn(3)) {
      s.append(values.oneIn(2) ? "; " : ", and ").append(lower(values.pick(EXPLAIN)));
    }
    return s.append('.').toString();
  }

  /** A CRM note: one to six sentences about a customer, sometimes empty, now and then over two lines. */
  String note(String first, String last) {
    if (values.oneIn(10)) {
      return "";
    }
    int sentences = values.between(1, 6);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        b.append(values.oneIn(25) ? "\n" : " ");
      }
      b.append(values.oneIn(2) ? noteFact(first, last) : filler());
    }
    return b.toString();
  }

  private String noteFact(String first, String last) {
    SyntheticValues v = values;
    return switch (v.nextInt(18)) {
      case 0 -> "Customer called on " + v.pick(SyntheticValues.WEEKDAYS) + " asking about order SO-" + v.digits(8) + ".";
      case 1 -> "Spoke with " + v.first() + " " + v.last() + " from " + v.company() + "; they want a callback at " + v.phone()
          + " before " + v.between(1, 5) + " pm.";
      case 2 -> first + " prefers email, use " + v.email(first, last) + " rather than the old address.";
      case 3 -> "Left voicemail for " + first + " at " + v.phone() + ".";
      case 4 -> "Renewal due " + v.date(2026) + ", quoted $" + v.amount() + " for the " + v.pick(SyntheticValues.PRODUCTS) + " plan.";
      case 5 -> "Escalated to " + v.pick(SyntheticValues.AGENTS) + " after the second failed delivery to " + v.cityStateZip()[0] + ".";
      case 6 -> {
        String f = v.first();
        String l = v.last();
        yield "Per " + first + ", the billing contact is now " + f + " " + l + " (" + v.email(f, l) + ").";
      }
      case 7 -> "Disputed a charge of $" + v.amount() + " on " + v.date(2025) + "; card ending " + v.digits(4) + " was refunded.";
      case 8 -> "Asked us to remove the secondary number " + v.phone() + " from the account.";
      case 9 -> "Verified identity with date of birth and the last four of the SSN.";
      case 10 -> {
        if (v.oneIn(4)) {
          plantedSsns++;
          yield "Customer read out SSN " + v.ssn(true) + " during verification, advised not to share it by \"email\" again.";
        }
        yield "Requested a copy of invoice INV-" + v.digits(6) + " and a W-9 form.";
      }
      case 11 -> "No answer, will try again on " + v.pick(SyntheticValues.WEEKDAYS) + ".";
      case 12 -> "Mentioned that " + v.first() + " " + v.last() + " will take over the account in " + v.month() + ".";
      case 13 -> "Ticket #" + v.digits(6) + " closed by " + v.pick(SyntheticValues.AGENTS) + ".";
      case 14 -> "Mrs. " + last + " said \"please stop calling\" and asked for written contact only.";
      case 15 -> "Sent the " + v.pick(SyntheticValues.PRODUCTS) + " brochure to " + v.email(v.first(), last) + ".";
      case 16 -> "Moved to " + v.street() + ", " + v.cityStateZip()[0] + " last " + v.month() + ".";
      default -> "Gave " + v.between(100, 5000) + " loyalty points as goodwill, approved by " + v.first() + ".";
    };
  }

  /** What a user asks an assistant: everyday or technical requests, sometimes with their own details. */
  String userTurn() {
    SyntheticValues v = values;
    return switch (v.nextInt(12)) {
      case 0 -> "Can you help me with " + v.pick(TOPICS) + "? I only have about " + v.between(10, 90) + " minutes.";
      case 1 -> "How do I write " + v.pick(TECH) + " that reads a file and counts the lines?";
      case 2 -> {
        String f = v.first();
        String l = v.last();
        yield "Please draft an email to " + f + " " + l + " (" + v.email(f, l) + ") about the " + v.pick(SyntheticValues.PRODUCTS)
            + " renewal on " + v.date(2026) + ".";
      }
      case 3 -> "Hi, I'm " + v.first() + " " + v.last() + ". My order SO-" + v.digits(8) + " hasn't arrived, you can reach me at "
          + v.phone() + ".";
      case 4 -> "Why does " + v.pick(TECH) + " fail with a timeout after " + v.between(5, 120) + " seconds?";
      case 5 -> "Summarize this for me: " + filler() + " " + filler();
      case 6 -> "What's a good way to explain " + v.pick(TOPICS) + " to a ten year old?";
      case 7 -> {
        if (v.oneIn(5)) {
          plantedSsns++;
          yield "The form keeps rejecting my social, " + v.ssn(true) + ". Is the format wrong?";
        }
        yield "Is it normal that " + lower(filler());
      }
      case 8 -> "Translate to French: \"" + v.pick(EXPLAIN) + ".\"";
      case 9 -> "thanks!! that worked 🙂 one more thing: can you make it shorter?";
      case 10 -> "My manager " + v.first() + " wants " + v.pick(TOPICS) + " by " + v.pick(SyntheticValues.WEEKDAYS) + ". Where do I start?";
      default -> "Compare " + v.pick(TECH) + " with " + v.pick(TECH) + " for a small team.";
    };
  }

  /** An assistant's answer: two to eight sentences, sometimes with a short code block. */
  String assistantTurn() {
    StringBuilder b = new StringBuilder();
    int sentences = values.between(2, 8);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        b.append(values.oneIn(6) ? "\n\n" : " ");
      }
      b.append(values.oneIn(3) ? filler() : values.pick(EXPLAIN) + ".");
    }
    if (values.oneIn(5)) {
      b.append("\n\n```python\nwith open(\"data.txt\") as f:\n    count = sum(1 for _ in f)\nprint(count)\n```");
    }
    return b.toString();
  }

  private static String lower(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
