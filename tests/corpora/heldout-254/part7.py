"""Mid April - early May 2025: case C goes quiet, closes, reopens, merges."""
from part1 import *

C_SUBJ = "RE:[CASE 174451158300964] [AWS Training and Certification Form Submission] - digital-badges"
C_ACK = "CAJq0b1x.174451158300964.ack@cases-tc.amazon.com"
C_M2 = "CAJq0b1x.174451158300964.m2@cases-tc.amazon.com"

# 042 ------------------------------------------------------------------------
d = when("2025-04-15 22:00:00")
add("unrelated", False, None, [],
    "Japanese tech newsletter in raw 8-bit Shift_JIS with a tip about merging certification accounts.",
    mail(who("クラウド週報", "news@cloud-shuho.jp", "iso-2022-jp"), ME_PERSONAL,
         "クラウド週報 Vol.212 転職時の AWS 認定アカウント移行ほか", d,
         "vol212.20250416.news@cloud-shuho.jp",
         text("""━━━━━━━━━━━━━━━━━━━━━━━━
 クラウド週報 Vol.212  2025年4月16日号
━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の注目
・転職前にやっておきたい AWS 認定アカウントの移行
  会社アドレスの認定アカウントは、退職前に個人アカウントへ統合して
  おくのがおすすめです。サポートからの確認メールには早めに返信を。

・Amazon S3 の新しいストレージクラス解説
・勉強会カレンダー(4月後半)

配信停止: https://cloud-shuho.jp/unsubscribe
""", "shift_jis", "8bit"),
         auth_res=auth(ME_PERSONAL, "cloud-shuho.jp"), extra=["Precedence: bulk"]))

# 043 ------------------------------------------------------------------------
d = when("2025-04-17 19:02:37")
add("closing_notice", True, CASE_C, [],
    "Friendly reminder with a dated close-by deadline; the earlier questions are not repeated.",
    mail(who("AWS Training and Certification", TC_FORM), ME_PERSONAL, C_SUBJ, d,
         "CAJq0b1x.174451158300964.m3@cases-tc.amazon.com",
         text("""Hi Rina,

Just checking in on my note from April 14. I still need the details I asked
about before I can go further with your accounts.

If we haven't heard from you by April 21, I'll close this case for now.
Answering this e-mail at any time keeps it open.

Best,
Obinna A.
AWS Training and Certification Customer Support
""", "us-ascii", "7bit"),
         irt=C_M2, refs=[C_ACK, C_M2], auth_res=auth(ME_PERSONAL, "amazon.com")))

# 044 ------------------------------------------------------------------------
d = when("2025-04-21 19:05:10")
add("closing_notice", True, CASE_C, [],
    "HTML-only 'this case has been closed' notice; a reply reopens it, so it still needs an answer.",
    mail(who("AWS Training and Certification", TC_FORM), ME_PERSONAL, C_SUBJ, d,
         "CAJq0b1x.174451158300964.m4@cases-tc.amazon.com",
         html("""<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>We haven't received a response regarding case <b>174451158300964</b>, so it has now been
<b>closed</b>.</p>
<p>Still need help? Simply reply to this e-mail and the case will be reopened with its full
history; there's no need to submit a new form.</p>
<p>AWS Training and Certification Customer Support</p></body></html>""", cte="quoted-printable"),
         irt="CAJq0b1x.174451158300964.m3@cases-tc.amazon.com",
         refs=[C_ACK, C_M2, "CAJq0b1x.174451158300964.m3@cases-tc.amazon.com"],
         auth_res=auth(ME_PERSONAL, "amazon.com")))

# 045 ------------------------------------------------------------------------
d = when("2025-04-22 08:14:29", JST)
add("user_reply", False, CASE_C, ["AWS09164228", "AWS05518203"],
    "Owner reopens with both candidate IDs in her own text; Gmail quote of the closure below.",
    mail(who(ME_NAME, ME_PERSONAL), TC_FORM, "Re: " + C_SUBJ, d,
         "CAK7z+Qm9pL2dW0x_Tn4Rb8eY1kZq3Hs7Vf5Gc@mail.kumomail.jp",
         text("""Hi Obinna,

Sorry, I missed your mail in the middle of a job change. Please reopen.

- Account I sign in to with my Builder ID: AWS09164228 (this is the one my
  work account was merged into in March, and the one I used to book my next
  exam)
- Older account, Amazon sign-in from 2019: AWS05518203

Thanks,
Rina

On Tue, Apr 22, 2025 at 4:05 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello,
>
> We haven't received a response regarding case 174451158300964, so it has
> now been closed.
>
> Still need help? Simply reply to this e-mail and the case will be reopened.
""", "us-ascii", "7bit"),
         irt="CAJq0b1x.174451158300964.m4@cases-tc.amazon.com",
         refs=[C_ACK, C_M2, "CAJq0b1x.174451158300964.m4@cases-tc.amazon.com"],
         extra=["User-Agent: Kumomail Webmail/5.2"]))

# 046 ------------------------------------------------------------------------
d = when("2025-04-22 16:40:03")
add("case_update", False, CASE_C, [],
    "Case reopened and handed to another team; 'you don't need to do anything right now'.",
    mail(who("AWS Training and Certification", TC_FORM), ME_PERSONAL, C_SUBJ, d,
         "CAJq0b1x.174451158300964.m5@cases-tc.amazon.com",
         text("""Hi Rina,

No problem at all, and congratulations on the new role. I've reopened the
case and passed both candidate IDs to our Certification Operations team,
who handle account consolidation. Their queue is running at about five
business days at the moment.

You don't need to do anything right now; they'll write to you here.

Obinna A.
AWS Training and Certification Customer Support
""", "us-ascii", "7bit"),
         irt="CAK7z+Qm9pL2dW0x_Tn4Rb8eY1kZq3Hs7Vf5Gc@mail.kumomail.jp",
         refs=[C_ACK, C_M2, "CAK7z+Qm9pL2dW0x_Tn4Rb8eY1kZq3Hs7Vf5Gc@mail.kumomail.jp"],
         auth_res=auth(ME_PERSONAL, "amazon.com")))

# 047 ------------------------------------------------------------------------
d = when("2025-04-24 15:30:00")
add("unrelated", False, None, [],
    "AWS marketing webinar invitation (English) with RSVP wording.",
    mail(who("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_PERSONAL,
         "You're invited: Building event-driven apps on AWS (live webinar, May 8)", d,
         "1745508600.mkt.evt0508@marketing.amazonaws.com",
         alt("""Hi Rina,

Join AWS solutions architects live on May 8 for a 60-minute session on
event-driven architectures with Amazon EventBridge and AWS Lambda.

Save your seat: https://aws.amazon.com/events/webinars/eda-0508/

Can't make it? Register anyway and we'll send you the recording.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
Unsubscribe: https://pages.awscloud.com/unsubscribe
""", """<html><body><p>Hi Rina,</p><p>Join AWS solutions architects live on May 8 for a 60-minute
session on event-driven architectures with Amazon EventBridge and AWS Lambda.</p>
<p><a href="https://aws.amazon.com/events/webinars/eda-0508/">Save your seat</a></p></body></html>"""),
         auth_res=auth(ME_PERSONAL, "amazon.com"), extra=["Precedence: bulk"]))

# 048 ------------------------------------------------------------------------
d = when("2025-04-28 05:10:44")
conf_c = """岡部 様

AWS トレーニングと認定 認定オペレーションチームの森でございます。
お待たせいたしました。ご提示いただいた候補 ID をもとに確認したところ、
以下の 2 つのアカウントが見つかりました。

アカウント #1
  候補 ID: AWS09164228
  ログイン: AWS Builder ID (rina.okabe.dev@kumomail.jp)
  保有認定: AWS Certified Solutions Architect - Associate(有効)

アカウント #2
  候補 ID: AWS05518203
  ログイン: 旧 Amazon アカウント (rina.okabe.dev@kumomail.jp)
  保有認定: AWS Certified Cloud Practitioner(2022 年失効)
  Credly 連携: あり

アカウント #2 の記録と Credly 連携をアカウント #1 に統合し、#2 を無効化
する予定です。上記のとおり進めてよろしいか、ご確認のほどよろしくお願い
いたします。

森 / AWS トレーニングと認定 認定オペレーション"""
add("confirmation_request", True, CASE_C, ["AWS09164228", "AWS05518203"],
    "Japanese confirmation request with an Account #1/#2 listing in Japanese and keigo "
    "(ご確認のほどよろしくお願いいたします) instead of a question mark.",
    mail(who("AWS Training and Certification", TC_FORM), ME_PERSONAL, C_SUBJ, d,
         "CAJq0b1x.174451158300964.m6@cases-tc.amazon.com",
         alt(conf_c, "<html><body><div style=\"font-family:Meiryo,sans-serif\">" +
             conf_c.replace("\n", "<br>\n") + "</div></body></html>", "utf-8", "base64"),
         irt="CAJq0b1x.174451158300964.m5@cases-tc.amazon.com",
         refs=[C_ACK, "CAJq0b1x.174451158300964.m5@cases-tc.amazon.com"],
         auth_res=auth(ME_PERSONAL, "amazon.com")))

# 049 ------------------------------------------------------------------------
d = when("2025-04-28 21:33:15", JST)
add("user_reply", False, CASE_C, ["AWS09164228"],
    "Owner's short Japanese go-ahead, top-posted over a Japanese-style 「…より:」 quote.",
    mail(who(ME_NAME_JA, ME_PERSONAL), TC_FORM, "Re: " + C_SUBJ, d,
         "CAK7z+QmR4nB8yV2_kLs0Tq6Xe3Wd9Fh1Jc7Mp@mail.kumomail.jp",
         text("""森 様

ご確認ありがとうございます。内容に相違ありません。
アカウント #1(AWS09164228)を残し、#2 を統合してください。
よろしくお願いいたします。

岡部

2025年4月28日(月) 14:10 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
""" + quote(conf_c), "utf-8", "8bit"),
         irt="CAJq0b1x.174451158300964.m6@cases-tc.amazon.com",
         refs=[C_ACK, "CAJq0b1x.174451158300964.m6@cases-tc.amazon.com"],
         extra=["User-Agent: Kumomail Webmail/5.2"]))

# 050 ------------------------------------------------------------------------
d = when("2025-05-01 03:22:58")
add("resolved", False, CASE_C, ["AWS05518203"],
    "English completion after Japanese exchange; 'no further action' plus a conditional 'feel free to reply'.",
    mail(who("AWS Training and Certification", TC_FORM), ME_PERSONAL, C_SUBJ, d,
         "CAJq0b1x.174451158300964.m7@cases-tc.amazon.com",
         alt("""Hello Rina,

The consolidation is complete: everything from AWS05518203 now sits under
your Builder ID account, and the Credly connection has been moved across.
Credly will re-send your current badges within about 48 hours.

No further action is required on your part. If anything looks off once the
badges arrive, feel free to reply here.

Mori / AWS Training and Certification - Certification Operations
""", """<html><body><p>Hello Rina,</p><p>The consolidation is complete: everything from AWS05518203 now
sits under your Builder ID account, and the Credly connection has been moved across. Credly will
re-send your current badges within about 48 hours.</p><p>No further action is required on your part.
If anything looks off once the badges arrive, feel free to reply here.</p>
<p>Mori / AWS Training and Certification - Certification Operations</p></body></html>"""),
         irt="CAK7z+QmR4nB8yV2_kLs0Tq6Xe3Wd9Fh1Jc7Mp@mail.kumomail.jp",
         refs=[C_ACK, "CAJq0b1x.174451158300964.m6@cases-tc.amazon.com",
               "CAK7z+QmR4nB8yV2_kLs0Tq6Xe3Wd9Fh1Jc7Mp@mail.kumomail.jp"],
         auth_res=auth(ME_PERSONAL, "amazon.com")))
