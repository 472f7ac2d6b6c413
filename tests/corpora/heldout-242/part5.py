from mailkit import *

U = "unrelated"
SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A
SUBJ_EOLD = "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations" % E_OLD
SUBJ_E = "RE:[CASE %s] Follow-up to case %s: ESL +30 accommodation" % (E, E_OLD)
SES = dict(mailfrom="01060196a0cc@us-west-2.amazonses.com", sel="szqgv33erturdv5cvz4vtb5qcbm7quh3")
TB = ["User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:128.0) Gecko/20100101 Thunderbird/128.9.0"]


def aws_in(d, n):
    return inbound(when(d), MX_P, "amazon.com", "a48-%d.smtp-out.amazonses.com" % n, "54.240.48.%d" % n, **SES)


def build():
    # 069 ------------------------------------------------------------------
    d = "2025-04-11 09:20:05 +0900"
    M("a-reopen-user", ("user_reply", False, A, []), d, addr(ME_NAME, ME_P), TC, "Re: " + SUBJ_A,
      leaf("""Hello Andres,

Sorry to come back to this. Checking my transcript I noticed that my AWS Certified Cloud
Practitioner from 2019 is missing. I took that exam as a student, with my university
address hanamura.d@st.kuraoka-u.ac.jp, so there may be a third certification account.
Could it be merged into my current account too?

Thank you,
Daisuke Hanamura

On 2025/03/23 9:41, AWS Training and Certification wrote:
> I have merged all of your certification accounts.
> [...]
> If something looks wrong after you've checked, simply reply to this e-mail and we'll take
> another look.
""", cte="8bit", q=False),
      irt="a-done", mid="tb", extra=TB,
      note="Owner reopens the resolved merge case by replying to the resolution.")

    # 070 ------------------------------------------------------------------
    d = "2025-04-11 00:20:41 +0000"
    M("a-reopen-ack", ("acknowledgement", False, A, []), d, TC_FROM, ME_P, SUBJ_A,
      leaf("""Hello,

We've received your reply, and case %s has been reopened. It is now back in our queue;
a member of our team will usually respond within 24 hours.

Please keep replying on this case rather than opening a new one.

AWS Training and Certification Customer Support
""" % A),
      crlf=True, top=aws_in(d, 20),
      note="Automatic 'reopened' receipt: treated as acknowledgement (receipt of the request), not case_update.")

    # 071 ------------------------------------------------------------------
    d = "2025-04-11 14:30:00 +0900"
    M("tsumugi-close", (U, False, None, []), d, "Tsumugi Cloud サポート <support@tsumugi-cloud.jp>", ME_P,
      "【Tsumugi Cloud】お問い合わせ #TC-20250404-0193 をクローズしました",
      leaf("""花村 大輔 様

Tsumugi Cloud サポートセンターです。
お問い合わせ #TC-20250404-0193 につきまして、7日間ご返信がなかったため、
本日クローズいたしました。

引き続きサポートが必要な場合は、本メールにご返信いただければ再オープンいたします。

Tsumugi Cloud サポートセンター
""", cte="quoted-printable"),
      mid="@tsumugi-cloud.jp",
      top=inbound(when(d), MX_P, "tsumugi-cloud.jp", "mo12.tsumugi-cloud.jp", "203.0.113.201"),
      note="Another vendor's 'closed for no reply, reply to reopen' - same shape as a closing notice, not AWS.")

    # 072 ------------------------------------------------------------------
    d = "2025-04-12 01:05:33 +0000"
    M("a-confirm3", ("confirmation_request", True, A, ["AWS01477395", "AWS05920116"]), d, TC_FROM, ME_P,
      SUBJ_A,
      leaf("""Hello Daisuke,

My name is Priyanka and I've picked up your reopened case.

I searched our records for the university address you mentioned and found a third
certification account. Here is what it holds:

  Account #3
    Candidate ID:                     AWS01477395
    Login email:                      hanamura.d@st.kuraoka-u.ac.jp
    Certification notification email: hanamura.d@st.kuraoka-u.ac.jp
    Certifications:                   AWS Certified Cloud Practitioner (earned Nov 2019,
                                      expired Nov 2022)

Because this certification has expired, it will show on your transcript with an "Expired"
status after the merge; it won't become active again. The account has no benefits or
pending exam registrations.

Before anything is moved: can you confirm that Account #3 is yours and that it should be
merged into Account #1 (AWS05920116, %s)?

Warm regards,
Priyanka R.
AWS Training and Certification Customer Support
""" % ME_P),
      irt="a-reopen-user", top=aws_in(d, 22),
      note="Reopened case: third account listed; the confirmation question follows a long explanation.")

    # 073 ------------------------------------------------------------------
    d = "2025-04-12 19:30:00 +0900"
    M("nl-cnw218", (U, False, None, []), d,
      "Cloud Native Weekly Tokyo <digest@cnweekly-tokyo.dev>", ME_P,
      "Cloud Native Weekly Tokyo #218 - certification renewals, Bottlerocket, and more",
      leaf("""<html><body><h2>Cloud Native Weekly Tokyo #218</h2>
<ul><li><a href="https://cnweekly-tokyo.dev/r/11">How to merge duplicate certification profiles (reader story)</a></li>
<li><a href="https://cnweekly-tokyo.dev/r/12">Bottlerocket 1.34 release notes</a></li>
<li><a href="https://cnweekly-tokyo.dev/r/13">Please confirm your subscription preferences for 2025</a></li></ul>
<p><a href="https://cnweekly-tokyo.dev/unsub">Unsubscribe</a></p></body></html>""", "html"),
      mid="@mail.cnweekly-tokyo.dev",
      top=inbound(when(d), MX_P, "cnweekly-tokyo.dev", "o12.sendlane-mx.net", "203.0.113.12"),
      note="Newsletter whose headlines say 'merge' and 'please confirm'.")

    # 074 ------------------------------------------------------------------
    d = "2025-04-13 10:02:44 +0900"
    M("a-user3", ("user_reply", False, A, ["AWS05920116"]), d, addr(ME_NAME, ME_P), TC, "Re: " + SUBJ_A,
      leaf("""Hi Priyanka,

Yes, Account #3 is mine (my university address). Please merge it into Account #1,
AWS05920116. The expired status is fine.

Best regards,
Daisuke

On 2025/04/12 10:05, AWS Training and Certification wrote:
> Before anything is moved: can you confirm that Account #3 is yours and that it should be
> merged into Account #1 (AWS05920116, %s)?
""" % ME_P, cte="8bit", q=False),
      irt="a-confirm3", mid="tb", extra=TB,
      note="Owner confirms the third account.")

    # 075 ------------------------------------------------------------------
    d = "2025-04-14 02:18:09 +0000"
    M("a-done2", ("resolved", False, A, ["AWS01477395", "AWS05920116"]), d, TC_FROM, ME_P, SUBJ_A,
      leaf("""Hi Daisuke,

All set. Account #3 (AWS01477395) has been merged into AWS05920116; your Cloud Practitioner
history now appears on your transcript with an expired status. No further action is
required on your part, and I'm closing the case again.

Warm regards,
Priyanka R.
AWS Training and Certification Customer Support

From: Daisuke Hanamura <%s>
Sent: Sunday, April 13, 2025 1:02 AM
To: AWS Training and Certification
Subject: Re: %s

Yes, Account #3 is mine (my university address). Please merge it into Account #1,
AWS05920116.

From: AWS Training and Certification
Sent: Saturday, April 12, 2025 1:05 AM
Before anything is moved: can you confirm that Account #3 is yours and that it should be
merged into Account #1 (AWS05920116, %s)?
""" % (ME_P, SUBJ_A, ME_P)),
      irt="a-user3", crlf=True, top=aws_in(d, 23),
      note="Second resolution; Outlook-style unmarked quotes (no '>') contain the old confirmation question.")

    # 076 ------------------------------------------------------------------
    d = "2025-04-14 16:00:00 +0900"
    M("hoshikage-hr", (U, False, None, []), d, addr("星影ラボ 人事", "hr@hoshikage-labs.jp", "shift_jis"), ME_P,
      "【星影ラボ】入社書類ご提出のお願い",
      leaf("""花村 大輔 様

星影ラボ株式会社 人事担当の青木です。
4月1日のご入社、あらためて歓迎いたします。

未提出の書類がございますので、4月18日（金）までにご提出をお願いいたします。
・年金手帳（基礎年金番号通知書）の写し
・通勤経路申請

社内アカウントの発行は書類受領後となります。ご確認のほどよろしくお願いいたします。

青木
""", cs="shift_jis", cte="quoted-printable"),
      subj_cs="shift_jis", mid="@hoshikage-labs.jp",
      top=inbound(when(d), MX_P, "hoshikage-labs.jp", "mail.hoshikage-labs.jp", "203.0.113.88"),
      note="New employer's HR request in Shift_JIS quoted-printable: keigo request, not support.")

    # 077 ------------------------------------------------------------------
    d = "2025-04-15 21:40:12 +0900"
    M("e-user-old", ("user_reply", False, E_OLD, []), d, addr(ME_NAME, ME_P), TC, "Re: " + SUBJ_EOLD,
      leaf("""Hello,

I'm replying to this old case because it is where my exam accommodation was approved.
My certification accounts were merged last month (case %s). Is the ESL +30
accommodation still on my account after the merge? I'd like to book SAP-C02 next month.

Thanks,
Daisuke Hanamura

On 2021/06/14 18:03, AWS Training and Certification wrote:
> Hello Daisuke,
>
> We've added the ESL +30 accommodation to your AWS Certification account. It will be
> applied automatically to English-language exams you schedule from now on.
""" % A, cte="8bit", q=False),
      refs=["<0106017a0c3b2e11-5f8a44c2-7d1e-4a39-9b61-21d0c6a1e7f3-000000@us-west-2.amazonses.com>"],
      mid="tb", extra=TB,
      note="Owner revives a 2021 case (10-digit number) and mentions case A in his text; belongs to the old case.")

    # 078 ------------------------------------------------------------------
    d = "2025-04-15 13:11:02 +0000"
    M("e-ack", ("acknowledgement", False, E, []), d, TC_FROM, ME_P, SUBJ_E,
      leaf("""Hello,

Thank you for your message on case %s. That case was closed in 2021 and can no longer be
reopened, so we have opened a new case, %s, for your question. We usually respond
within 24 hours.

Please reply on this new case from now on.

AWS Training and Certification Customer Support
""" % (E_OLD, E)),
      irt="e-user-old", crlf=True, top=aws_in(d, 24),
      note="New case opened from a reply on a closed 2021 case; subject and body carry both numbers, "
           "labelled with the new case.")

    # 079 ------------------------------------------------------------------
    d = "2025-04-16 04:22:50 +0000"
    M("e-info", ("info_request", True, E, ["AWS03318472"]), d, TC_FROM, ME_P, SUBJ_E,
      leaf("""Hi Daisuke,

Mei here, from the exam accommodations side of Training and Certification.

I looked at your merged record and I don't see an accommodation entry carried over, which
can happen when the approval was stored on a profile that has since been merged away.

Which exam are you planning to take, and roughly when? And was the 2021 approval granted on
the profile that used your company address (AWS03318472), or on a different one?

With those two answers I can re-apply it on the right account.

Best,
Mei L.
AWS Training and Certification Customer Support
"""),
      irt="e-ack", top=aws_in(d, 25),
      note="Request made only of two questions, no 'please'; candidate ID in the question.")

    # 080 ------------------------------------------------------------------
    d = "2025-04-16 23:10:31 +0900"
    M("gh-dependabot", (U, False, None, []), d, "dependabot[bot] <notifications@github.com>",
      "hanamura/dotfiles <dotfiles@noreply.github.com>",
      "Re: [hanamura/dotfiles] Bump actions/checkout from 4.2.1 to 4.2.2 (PR #17)",
      leaf("""Merged #17 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hanamura/dotfiles/pull/17#event-17330022941
You are receiving this because you are subscribed to this thread.
""", cte="7bit", q=False),
      cc=["Daisuke Hanamura <%s>" % ME_P, "State change <state_change@noreply.github.com>"],
      mid="@github.com", refs=["<hanamura/dotfiles/pull/17@github.com>"],
      top=inbound(when(d), MX_P, "github.com", "out-26.smtp.github.com", "192.30.252.209"),
      note="Another GitHub 'Merged' notification, personal repository.")

    # 081 ------------------------------------------------------------------
    d = "2025-04-19 04:30:18 +0000"
    M("e-closing", ("closing_notice", True, E, []), d, TC_FROM, ME_P, SUBJ_E,
      leaf("""Hello Daisuke,

We haven't received your answer to our questions of April 16. If we don't hear from you
within 48 hours, we'll close this case; replying at any time will keep it open.

花村 様

4 月 16 日にお送りしたご質問へのご回答をまだいただいておりません。48 時間以内に
ご返信がない場合、本ケースはクローズさせていただきます。ご返信いただければ、
引き続き対応いたします。

AWS Training and Certification Customer Support
"""),
      irt="e-info", top=aws_in(d, 26),
      note="Bilingual (English + Japanese) closing notice, no quoted history.")

    # 082 ------------------------------------------------------------------
    d = "2025-04-21 08:15:27 +0900"
    M("e-user", ("user_reply", False, E, ["AWS03318472"]), d, addr(ME_NAME, ME_P), TC, "Re: " + SUBJ_E,
      leaf("""Hi Mei,

Sorry for the delay. I plan to take SAP-C02 around May 20. The 2021 approval was on the
company-address profile, AWS03318472.

Thanks,
Daisuke

On 2025/04/19 13:30, AWS Training and Certification wrote:
> We haven't received your answer to our questions of April 16.
""", cte="8bit", q=False),
      irt="e-closing", mid="tb", extra=TB,
      note="Owner answers the two questions after the closing notice.")

    # 083 ------------------------------------------------------------------
    d = "2025-04-22 02:40:55 +0000"
    M("e-done", ("resolved", False, E, ["AWS05920116"]), d, TC_FROM, ME_P, SUBJ_E,
      multi("alternative",
            leaf("""Hi Daisuke,

Thanks - that was all I needed. The ESL +30 accommodation is now active on AWS05920116 and
will be applied automatically when you schedule SAP-C02 or any other English-language exam.
You don't have to request it again.

If you have other questions, feel free to reply to this e-mail.

Best,
Mei L.
AWS Training and Certification Customer Support

> Which exam are you planning to take, and roughly when? And was the 2021 approval granted
> on the profile that used your company address (AWS03318472), or on a different one?
"""),
            leaf("""<html><body><p>Hi Daisuke,</p><p>Thanks - that was all I needed. The ESL +30 accommodation is now
active on AWS05920116 and will be applied automatically when you schedule SAP-C02 or any other
English-language exam. You don't have to request it again.</p>
<p>If you have other questions, feel free to reply to this e-mail.</p>
<p>Best,<br>Mei L.<br>AWS Training and Certification Customer Support</p>
<blockquote>Which exam are you planning to take, and roughly when? And was the 2021 approval granted
on the profile that used your company address (AWS03318472), or on a different one?</blockquote>
</body></html>""", "html"),
            key="e-done"),
      irt="e-user", crlf=True, top=aws_in(d, 27),
      note="Accommodation restored; quoted old questions below; candidate ID from the quote not counted.")

    # 084 ------------------------------------------------------------------
    d = "2025-04-23 03:00:00 +0000"
    M("e-survey", ("survey", False, E, []), d,
      "AWS Customer Service Survey <aws-cx-surveys@amazon.com>", ME_P,
      "Tell us about your experience with case %s" % E,
      leaf("""Hello,

You recently contacted AWS Training and Certification Customer Support (case %s).
Please answer one question: how likely are you to recommend our support to a colleague?

0  1  2  3  4  5  6  7  8  9  10
https://survey.aws-cx.amazon.com/s/e41d

Replies to this message are not monitored.
""" % E),
      top=aws_in(d, 152),
      note="Survey with 'Please answer one question' - a request-shaped survey.")
