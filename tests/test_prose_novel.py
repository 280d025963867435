"""Sentences the detector was not tuned on: every platform, every phenomenon.

The rows are written for this table (not taken from the development corpus):
short news passages with invented people and places, one phenomenon of
``citations.md`` each. Each row gives the text and every citation the prose
detector must find in it, in document order, as ``(kind, platform, speaker,
date)``; the article is dated Friday 15 March 2024. An empty list is a
negative: the text cites no post.

Speakers follow ruling 5: a description (``the zoo``) or pronoun resolves to
the name the passage gives; a description with no name in the passage is
kept as written (``the mayor``); an unnamed singled-out poster (``a Reddit
user``) has no speaker.
"""

from __future__ import annotations

import pytest

from socialcite._dates import DateResolver, coerce_reference
from socialcite._prose import find_citations

PUBLISHED = "2024-03-15"  # a Friday

Row = tuple[str, str | None, str | None, str | None]


def _found(text: str) -> list[Row]:
    cites = find_citations(text, DateResolver(coerce_reference(PUBLISHED)))
    return [
        (
            c.kind.value,
            c.platform.value if c.platform is not None else None,
            c.speaker,
            c.posted.iso if c.posted is not None else None,
        )
        for c in cites
    ]


def _q(platform: str | None, speaker: str | None, date: str | None = None) -> Row:
    return ("quote", platform, speaker, date)


def _r(platform: str | None, speaker: str | None, date: str | None = None) -> Row:
    return ("reference", platform, speaker, date)


# Quoted posts, one or more per platform.
QUOTES = [
    pytest.param(
        '"We will not back down," Senator Maria Lopez tweeted on Wednesday.',
        [_q("twitter", "Maria Lopez", "2024-03-13")],
        id="twitter-quote-then-titled-name-tweeted-weekday",
    ),
    pytest.param(
        'Musk wrote on X: "The legacy media is lying to you."',
        [_q("twitter", "Musk")],
        id="x-wrote-on-x-colon",
    ),
    pytest.param(
        'In a post on X, formerly Twitter, Senator Amy Cole wrote: "Enough is enough."',
        [_q("twitter", "Amy Cole")],
        id="x-in-a-post-on-x-formerly-twitter",
    ),
    pytest.param(
        "Gov. Kathy Hochul signed the bill after midnight. "
        '"This is a historic day," the governor said in a post on X on Tuesday.',
        [_q("twitter", "Kathy Hochul", "2024-03-12")],
        id="x-description-resolves-to-the-name-before",
    ),
    pytest.param(
        '"We are heartbroken," the Velvet Lanterns tweeted. "All tickets will be refunded."',
        [_q("twitter", "Velvet Lanterns")],
        id="twitter-fragments-are-one-quote",
    ),
    pytest.param(
        "Priya Raman announced the birth of her daughter on Thursday. "
        '"Thank you for all the love," she wrote on Instagram.',
        [_q("instagram", "Priya Raman")],
        id="instagram-pronoun-resolves",
    ),
    pytest.param(
        'In an Instagram caption, Berg wrote, "Grateful for every single one of you."',
        [_q("instagram", "Berg")],
        id="instagram-in-an-instagram-caption",
    ),
    pytest.param(
        '"Happy birthday to my best friend," Jordan Ellis captioned the photo on Instagram.',
        [_q("instagram", "Jordan Ellis")],
        id="instagram-captioned-the-photo",
    ),
    pytest.param(
        '"I am fine, thank you all," Baker said in an Instagram story on Saturday.',
        [_q("instagram", "Baker", "2024-03-09")],
        id="instagram-story-weekday",
    ),
    pytest.param(
        'In a Facebook post on Sunday, the Riverside Police Department said: "Please avoid '
        'the area around Main Street."',
        [_q("facebook", "Riverside Police Department", "2024-03-10")],
        id="facebook-in-a-facebook-post-then-subject",
    ),
    pytest.param(
        'Ramirez wrote on Facebook:\n"I never imagined I would be writing this."',
        [_q("facebook", "Ramirez")],
        id="facebook-colon-block-next-paragraph",
    ),
    pytest.param(
        '"Stay home tonight," the mayor wrote on Facebook.',
        [_q("facebook", "the mayor")],
        id="facebook-description-without-a-name-kept",
    ),
    pytest.param(
        '"I did not expect this to blow up," Kayla Moss said in a TikTok video posted Wednesday.',
        [_q("tiktok", "Kayla Moss", "2024-03-13")],
        id="tiktok-said-in-a-tiktok-video-posted-weekday",
    ),
    pytest.param(
        'Mosseri wrote on Threads: "We are not going to amplify politics."',
        [_q("threads", "Mosseri")],
        id="threads-wrote-on-threads",
    ),
    pytest.param(
        '"The account was hacked," Dana Whitfield posted on Bluesky.',
        [_q("bluesky", "Dana Whitfield")],
        id="bluesky-posted-on-bluesky",
    ),
    pytest.param(
        'On Mastodon, developer Lena Fischer wrote that the update was "a complete mess."',
        [_q("mastodon", "Lena Fischer")],
        id="mastodon-lead-platform-indirect-speech-quoted-words",
    ),
    pytest.param(
        '"I owe everyone an apology," Carter said on his YouTube channel.',
        [_q("youtube", "Carter")],
        id="youtube-on-his-youtube-channel",
    ),
    pytest.param(
        "Donald Trump lashed out at the judge again. "
        '"This is a disgrace," the former president said in a Truth Social post Friday night.',
        [_q("truthsocial", "Donald Trump", "2024-03-15")],
        id="truthsocial-said-in-a-truth-social-post",
    ),
    pytest.param(
        '"I have worked here for ten years and never seen this," a Reddit user wrote.',
        [_q("reddit", None)],
        id="reddit-a-reddit-user-wrote",
    ),
    pytest.param(
        'In a LinkedIn post, chief executive Mark Jensen wrote: "Today was one of the hardest '
        'days of my career."',
        [_q("linkedin", "Mark Jensen")],
        id="linkedin-in-a-linkedin-post",
    ),
    pytest.param(
        "Kylie Brooks returned to Los Angeles on Monday. "
        'She posted a Snapchat story captioned "home sweet home."',
        [_q("snapchat", "Kylie Brooks")],
        id="snapchat-story-captioned",
    ),
    pytest.param(
        'The Interior Ministry said on Telegram: "Twelve drones were shot down overnight."',
        [_q("telegram", "Interior Ministry")],
        id="telegram-said-on-telegram",
    ),
    pytest.param(
        "The Pearl River Tea Company apologised on Tuesday. "
        '"We sincerely apologise to all consumers," the company wrote on Weibo.',
        [_q("weibo", "Pearl River Tea Company")],
        id="weibo-the-company-resolves",
    ),
    pytest.param(
        '"Liftoff!" tweeted @NASA.',
        [_q("twitter", "@NASA")],
        id="twitter-handle-after-the-verb",
    ),
    pytest.param(
        '"We lost everything," one resident posted on Facebook.',
        [_q("facebook", None)],
        id="facebook-one-resident-posted",
    ),
]

# Quoted words inside indirect speech make a quote (ruling 3).
INDIRECT = [
    pytest.param(
        'Ocasio-Cortez fired back on Twitter, calling the remarks "disgusting."',
        [_q("twitter", "Ocasio-Cortez")],
        id="fired-back-on-twitter-calling",
    ),
    pytest.param(
        "Senator Ron Halvorsen did not attend the hearing. "
        'He called the ruling "a travesty" in a tweet on Thursday.',
        [_q("twitter", "Ron Halvorsen", "2024-03-14")],
        id="called-the-ruling-quoted-in-a-tweet",
    ),
    pytest.param(
        'Patel tweeted that the decision was "long overdue."',
        [_q("twitter", "Patel")],
        id="tweeted-that-quoted-words",
    ),
    pytest.param(
        'Ellison responded on Twitter, writing that the claims were "baseless."',
        [_q("twitter", "Ellison")],
        id="responded-on-twitter-writing-that",
    ),
    pytest.param(
        'In a TikTok video, Maya Chen described the new rules as "completely unfair."',
        [_q("tiktok", "Maya Chen")],
        id="in-a-tiktok-video-described-as-quoted",
    ),
    pytest.param(
        'Okafor said on Bluesky that the vote was "a turning point" for the union.',
        [_q("bluesky", "Okafor")],
        id="said-on-bluesky-that-quoted-words",
    ),
]

# References: a posting without the post's words.
REFERENCES = [
    pytest.param(
        "Trump took to Truth Social on Monday to attack the judge.",
        [_r("truthsocial", "Trump", "2024-03-11")],
        id="took-to-truth-social-weekday",
    ),
    pytest.param(
        "Gomez took to Instagram to announce her engagement.",
        [_r("instagram", "Gomez")],
        id="took-to-instagram",
    ),
    pytest.param(
        "In a since-deleted tweet, Representative Dale Hurst shared a doctored image of the "
        "speaker.",
        [_r("twitter", "Dale Hurst")],
        id="in-a-since-deleted-tweet",
    ),
    pytest.param(
        "The mayor posted a video on TikTok last week showing the flooded streets.",
        [_r("tiktok", "the mayor", "2024-03-04")],
        id="the-mayor-without-a-name-kept",
    ),
    pytest.param(
        "Mayor Karen Ortiz toured the damage on Monday. "
        "The mayor posted a video on TikTok last week showing the flooded streets.",
        [_r("tiktok", "Karen Ortiz", "2024-03-04")],
        id="the-mayor-resolves-to-the-name-before",
    ),
    pytest.param(
        "The zoo announced the birth in a Facebook post on Sunday.",
        [_r("facebook", "the zoo", "2024-03-10")],
        id="the-zoo-without-a-name-kept",
    ),
    pytest.param(
        "The Oakland Zoo welcomed a baby giraffe this month. "
        "The zoo announced the birth in a Facebook post on Sunday.",
        [_r("facebook", "Oakland Zoo", "2024-03-10")],
        id="the-zoo-resolves-to-the-zoo-named-before",
    ),
    pytest.param(
        "In a YouTube video posted Wednesday, the creator apologized.",
        [_r("youtube", "the creator", "2024-03-13")],
        id="in-a-youtube-video-posted-weekday-the-creator",
    ),
    pytest.param(
        "The company announced the recall in a LinkedIn post.",
        [_r("linkedin", "the company")],
        id="linkedin-the-company-without-a-name",
    ),
    pytest.param(
        "Jensen shared the news in a LinkedIn post on Tuesday.",
        [_r("linkedin", "Jensen", "2024-03-12")],
        id="linkedin-shared-in-a-linkedin-post",
    ),
    pytest.param(
        "The ministry posted the footage on Telegram.",
        [_r("telegram", "the ministry")],
        id="telegram-the-ministry-posted-on-telegram",
    ),
    pytest.param(
        "Zelensky said in a Telegram post that the troops had held the line.",
        [_r("telegram", "Zelensky")],
        id="telegram-said-in-a-telegram-post-that",
    ),
    pytest.param(
        "Hudson uploaded the clip to YouTube on Friday.",
        [_r("youtube", "Hudson", "2024-03-15")],
        id="youtube-uploaded-to-youtube",
    ),
    pytest.param(
        "Li Wei posted a photo of the protest on Weibo.",
        [_r("weibo", "Li Wei")],
        id="weibo-posted-a-photo-on-weibo",
    ),
    pytest.param(
        "Rivera shared a long thread on Bluesky about the strike.",
        [_r("bluesky", "Rivera")],
        id="bluesky-shared-a-thread-on-bluesky",
    ),
    pytest.param(
        "Okafor posted the announcement on Mastodon.",
        [_r("mastodon", "Okafor")],
        id="mastodon-posted-on-mastodon",
    ),
    pytest.param(
        "Mosseri posted on Threads that the feature was coming to Europe.",
        [_r("threads", "Mosseri")],
        id="threads-posted-on-threads-that",
    ),
    pytest.param(
        "On his YouTube channel, Darren Cole posted a tour of the new studio.",
        [_r("youtube", "Darren Cole")],
        id="youtube-on-his-youtube-channel-lead",
    ),
    pytest.param(
        "A Reddit user posted a screenshot of the eviction notice.",
        [_r("reddit", None)],
        id="reddit-a-reddit-user-posted",
    ),
    pytest.param(
        "NASA shared the image on Instagram on Thursday.",
        [_r("instagram", "NASA", "2024-03-14")],
        id="instagram-organisation-shared-on-instagram",
    ),
    pytest.param(
        "The Pentagon said on X that the strike killed two militants.",
        [_r("twitter", "Pentagon")],
        id="x-organisation-said-on-x-that",
    ),
    pytest.param(
        "The White House posted a video on X mocking the governor.",
        [_r("twitter", "White House")],
        id="x-posted-a-video-on-x",
    ),
    pytest.param(
        "Sanders blasted the decision on Twitter.",
        [_r("twitter", "Sanders")],
        id="twitter-blasted-on-twitter",
    ),
    pytest.param(
        "Musk said on X that the feature would launch next month.",
        [_r("twitter", "Musk")],
        id="x-said-on-x-that",
    ),
    pytest.param(
        "Cole posted on X on Tuesday that she would vote against the bill.",
        [_r("twitter", "Cole", "2024-03-12")],
        id="x-posted-on-x-weekday",
    ),
    pytest.param(
        "Bowen's X post on Monday warned of long delays.",
        [_r("twitter", "Bowen", "2024-03-11")],
        id="x-possessive-x-post",
    ),
    pytest.param(
        "Governor Alan Pierce visited the site. The governor tweeted a photo from the scene.",
        [_r("twitter", "Alan Pierce")],
        id="twitter-the-governor-resolves",
    ),
    pytest.param(
        "Harlow posted a TikTok video about the strike on Wednesday.",
        [_r("tiktok", "Harlow", "2024-03-13")],
        id="tiktok-posted-a-tiktok-video",
    ),
    pytest.param(
        "The band announced the new album on Instagram.",
        [_r("instagram", "the band")],
        id="instagram-the-band-without-a-name",
    ),
    pytest.param(
        "Petrov wrote on Telegram that the talks had collapsed.",
        [_r("telegram", "Petrov")],
        id="telegram-wrote-on-telegram-that",
    ),
    pytest.param(
        "Nguyen posted a Snapchat video from the concert.",
        [_r("snapchat", "Nguyen")],
        id="snapchat-posted-a-snapchat-video",
    ),
    pytest.param(
        "The streamer uploaded a new video to YouTube on Tuesday.",
        [_r("youtube", "the streamer", "2024-03-12")],
        id="youtube-the-streamer-without-a-name",
    ),
]

# ``X`` the platform and ``X`` the letter.
X_WORDS = [
    pytest.param("Gen X voters said they were worried about the economy.", [], id="gen-x"),
    pytest.param(
        "Mr. X, whose name was withheld, told the court he had posted nothing.", [], id="mr-x"
    ),
    pytest.param("The X-ray showed a fracture in his left wrist.", [], id="x-ray"),
    pytest.param("SpaceX posted a video of the launch on its website.", [], id="spacex-website"),
    pytest.param("X Corp. said it would appeal the ruling.", [], id="x-corp-speaks"),
    pytest.param("The film is rated X in some countries.", [], id="rated-x"),
]

# What is not a citation of a post.
NEGATIVES = [
    pytest.param(
        'In an interview with CNN, Harris said the plan was "unworkable."', [], id="interview"
    ),
    pytest.param(
        '"We are reviewing the matter," the company said in a statement.', [], id="statement"
    ),
    pytest.param(
        'In an op-ed for the Times, Novak wrote that the policy "has failed."', [], id="op-ed"
    ),
    pytest.param("Twitter said on Tuesday it would suspend the accounts.", [], id="twitter-said"),
    pytest.param("TikTok said it would challenge the ban in court.", [], id="tiktok-said"),
    pytest.param("She has more than 2 million followers on Instagram.", [], id="follower-count"),
    pytest.param("Follow us on X and Instagram for updates.", [], id="follow-us-on-x"),
    pytest.param("Share on Facebook\nShare on Twitter\nEmail", [], id="share-bar"),
    pytest.param(
        "People on Twitter were quick to point out the error.", [], id="people-on-twitter"
    ),
    pytest.param("Social media lit up after the announcement.", [], id="social-media-lit-up"),
    pytest.param("Twitter users argued over the call for hours.", [], id="twitter-users-argued"),
    pytest.param('"It was a mistake," Daniels wrote.', [], id="bare-wrote-no-medium"),
    pytest.param("She deleted her Facebook account last year.", [], id="deleted-account"),
    pytest.param(
        "The company's YouTube revenue fell in the third quarter.", [], id="youtube-revenue"
    ),
    pytest.param(
        "Thousands of people shared the video on Facebook.", [], id="crowd-shared-on-facebook"
    ),
    pytest.param("Meta owns Facebook, Instagram and Threads.", [], id="company-list"),
    pytest.param("He told reporters that he rarely uses Reddit.", [], id="rarely-uses-reddit"),
    pytest.param("Telegram has become a hub for extremist groups.", [], id="telegram-as-a-topic"),
    pytest.param("The Weibo hashtag was viewed 300 million times.", [], id="weibo-hashtag-views"),
    pytest.param("Snapchat's parent company reported a loss.", [], id="snapchat-company"),
    pytest.param("LinkedIn users shared their own stories.", [], id="linkedin-users-crowd"),
    pytest.param("Mastodon is a decentralized alternative to X.", [], id="mastodon-as-a-topic"),
    pytest.param("Bluesky gained a million users in a single day.", [], id="bluesky-growth"),
    pytest.param("He later deleted the tweet.", [], id="later-mention-of-a-tweet"),
    pytest.param(
        '"We are ready," Coach Dana Reyes told reporters after the game.', [], id="told-reporters"
    ),
    pytest.param(
        'Speaking on a podcast, Vance said the bill was "dead on arrival."', [], id="podcast"
    ),
]

# Other word orders and phrasings of the same phenomena.
VARIANTS = [
    pytest.param(
        'Writing on Instagram on Tuesday, Serena Cole said: "I am stepping away for a while."',
        [_q("instagram", "Serena Cole", "2024-03-12")],
        id="writing-on-instagram-then-subject",
    ),
    pytest.param(
        '"Back to work," Harris tweeted Thursday morning alongside a photo of her desk.',
        [_q("twitter", "Harris", "2024-03-14")],
        id="tweeted-weekday-part-of-day",
    ),
    pytest.param(
        'In a thread on Bluesky, economist Paul Marsh argued that the figures were "deeply '
        'misleading."',
        [_q("bluesky", "Paul Marsh")],
        id="in-a-thread-on-bluesky-argued-that",
    ),
    pytest.param(
        "Liam Carter thanked his fans after the premiere. "
        '"Never again," the actor wrote in an Instagram post on Monday.',
        [_q("instagram", "Liam Carter", "2024-03-11")],
        id="the-actor-wrote-in-an-instagram-post",
    ),
    pytest.param(
        '"We hear you," Tesla posted on X.',
        [_q("twitter", "Tesla")],
        id="organisation-posted-on-x",
    ),
    pytest.param(
        'Hours later, Ramos tweeted: "I was wrong."',
        [_q("twitter", "Ramos")],
        id="hours-later-tweeted-colon",
    ),
    pytest.param(
        '"Absolutely devastated," wrote Olympic champion Sara Lind on Instagram.',
        [_q("instagram", "Sara Lind")],
        id="wrote-descriptor-name-on-instagram",
    ),
    pytest.param(
        'The Lakers tweeted a photo of the trophy with the caption "Back where we belong."',
        [_q("twitter", "Lakers")],
        id="tweeted-a-photo-with-the-caption",
    ),
    pytest.param(
        "Moore also posted a clip of the speech to his Instagram account.",
        [_r("instagram", "Moore")],
        id="posted-a-clip-to-his-instagram-account",
    ),
    pytest.param(
        "The video, which Kim Ly posted to TikTok on Saturday, has been viewed 4 million times.",
        [_r("tiktok", "Kim Ly", "2024-03-09")],
        id="relative-clause-which-name-posted-to-tiktok",
    ),
    pytest.param(
        "The FBI posted a wanted notice on Facebook.",
        [_r("facebook", "FBI")],
        id="acronym-posted-on-facebook",
    ),
    pytest.param(
        "Kaur livestreamed the protest on YouTube.",
        [_r("youtube", "Kaur")],
        id="livestreamed-on-youtube",
    ),
    pytest.param(
        "Tanaka retweeted a post by the foreign minister.",
        [_r("twitter", "Tanaka")],
        id="retweeted-a-post",
    ),
    pytest.param(
        "Ortiz shared the petition on her Facebook page.",
        [_r("facebook", "Ortiz")],
        id="shared-on-her-facebook-page",
    ),
    pytest.param(
        "On Sunday, Brennan posted a statement on LinkedIn announcing his resignation.",
        [_r("linkedin", "Brennan", "2024-03-10")],
        id="lead-date-posted-a-statement-on-linkedin",
    ),
    pytest.param(
        "Ivan Sokol, a militia commander, posted the footage to his Telegram channel.",
        [_r("telegram", "Ivan Sokol")],
        id="appositive-posted-to-his-telegram-channel",
    ),
    pytest.param(
        '"Proud of this team," Coach Dana Reyes posted on X after the win.',
        [_q("twitter", "Dana Reyes")],
        id="title-coach-dropped",
    ),
    pytest.param(
        "Maya Chen is a nurse in Ohio. "
        'She shared a video on TikTok with the caption "when your flight gets cancelled again."',
        [_q("tiktok", "Maya Chen")],
        id="shared-a-video-with-the-caption",
    ),
    pytest.param(
        "Hours after the ruling, Adams went live on Instagram to address his fans.",
        [_r("instagram", "Adams")],
        id="went-live-on-instagram",
    ),
    pytest.param(
        "The actor, 52, posted a black-and-white photo on Instagram on Tuesday.",
        [_r("instagram", "the actor", "2024-03-12")],
        id="the-actor-age-appositive-no-name",
    ),
    pytest.param(
        'Greta Lund posted on X: "Climate action cannot wait."',
        [_q("twitter", "Greta Lund")],
        id="posted-on-x-colon",
    ),
    pytest.param(
        "In a statement posted on X, the agency said it was investigating.",
        [_r("twitter", "the agency")],
        id="statement-posted-on-x-is-social",
    ),
    pytest.param(
        '"The rumours are false," the club said in a statement posted on Instagram.',
        [_q("instagram", "the club")],
        id="said-in-a-statement-posted-on-instagram",
    ),
    pytest.param(
        'In an Instagram Live on Monday, Rosa Diaz told fans she was "doing much better."',
        [_q("instagram", "Rosa Diaz", "2024-03-11")],
        id="instagram-live-told-fans-quoted-words",
    ),
    pytest.param(
        '"Stop sending me this," Hayes replied to a follower on X.',
        [_q("twitter", "Hayes")],
        id="replied-to-a-follower-on-x",
    ),
    pytest.param(
        "Alvarez, who has 3 million followers on TikTok, posted a tearful video on Sunday.",
        [_r("tiktok", "Alvarez", "2024-03-10")],
        id="follower-count-in-a-clause-then-posted",
    ),
    pytest.param(
        '"Huge news," Kelce wrote on his Instagram Story.',
        [_q("instagram", "Kelce")],
        id="wrote-on-his-instagram-story",
    ),
    pytest.param(
        'Lopez said in a tweet that she had "never felt so betrayed."',
        [_q("twitter", "Lopez")],
        id="said-in-a-tweet-that-quoted-words",
    ),
    pytest.param(
        "Nadia Petrova wrote in a Facebook post that her son had been detained.",
        [_r("facebook", "Nadia Petrova")],
        id="wrote-in-a-facebook-post-that",
    ),
    pytest.param(
        "The Eiffel Tower shared a photo of the snow on Instagram.",
        [_r("instagram", "Eiffel Tower")],
        id="landmark-account-shared-on-instagram",
    ),
    pytest.param(
        "The clip was first posted to TikTok by user @dancequeen.",
        [_r("tiktok", "@dancequeen")],
        id="passive-posted-to-tiktok-by-handle",
    ),
    pytest.param(
        "Singer Mia Hart announced on Instagram that she is pregnant.",
        [_r("instagram", "Mia Hart")],
        id="descriptor-before-name-dropped",
    ),
    pytest.param(
        '"Thank you, Dallas!" the band posted on Instagram after the show.',
        [_q("instagram", "the band")],
        id="exclamation-then-the-band-posted",
    ),
    pytest.param(
        "Mayor Lena Park said on Facebook that the roads would reopen Monday.",
        [_r("facebook", "Lena Park")],
        id="date-inside-what-was-said-is-not-the-posts",
    ),
    pytest.param(
        "Senator Collins voiced her opposition in a post on X.",
        [_r("twitter", "Collins")],
        id="voiced-in-a-post-on-x",
    ),
    pytest.param(
        "The zoo's Instagram account shared a video of the cubs.",
        [_r("instagram", "the zoo")],
        id="the-zoos-instagram-account-shared",
    ),
    pytest.param(
        "According to a Reddit post by a user named throwaway123, the company knew about the flaw.",
        [_r("reddit", None)],
        id="according-to-a-reddit-post-by-a-user",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the main clause's subject ('the company') is taken for the poster; "
            "'by a user named …' is not read as the poster",
        ),
    ),
    pytest.param(
        "Rep. Jamal Ortiz of Texas said Tuesday he would not seek re-election.\n"
        "The announcement came in a video posted to his X account. "
        '"It has been the honor of my life," he said in the video.',
        [_r("twitter", "Jamal Ortiz"), _q("twitter", "Jamal Ortiz")],
        id="passage-video-posted-to-his-x-account-then-said-in-the-video",
    ),
    pytest.param(
        "The Springfield Fire Department warned residents about the heat. In a Facebook post "
        "Thursday, the department urged people to check on elderly neighbors.",
        [_r("facebook", "Springfield Fire Department", "2024-03-14")],
        id="passage-the-department-resolves",
    ),
    pytest.param(
        "Chloe Nash, 24, has built a following of 2 million on TikTok. Last month, she posted "
        "a video in which she criticized the airline.",
        [_r("tiktok", "Chloe Nash", "2024-02")],
        id="passage-pronoun-after-an-age-appositive-borrows-the-platform",
    ),
    pytest.param(
        '"What a night!!" the Grammy winner captioned a carousel of photos on Instagram Sunday.',
        [_q("instagram", "the Grammy winner", "2024-03-10")],
        id="the-grammy-winner-captioned",
    ),
    pytest.param(
        "Britney Spears took to social media on Friday to thank her fans.",
        [_r(None, "Britney Spears", "2024-03-15")],
        id="took-to-social-media-no-platform",
    ),
    pytest.param(
        'The congresswoman responded on X: "Read the bill before you tweet about it."',
        [_q("twitter", "the congresswoman")],
        id="responded-on-x-tweet-inside-the-quote",
    ),
    pytest.param(
        "Critics on social media accused the brand of greenwashing.", [], id="critics-crowd"
    ),
    pytest.param(
        "Posting on Threads on Monday, Zuckerberg said the update would roll out globally.",
        [_r("threads", "Zuckerberg", "2024-03-11")],
        id="posting-on-threads-participle",
    ),
    pytest.param(
        'The Department of Education posted on X: "Student loan forgiveness is here."',
        [_q("twitter", "Department of Education")],
        id="organisation-x-of-y",
    ),
    pytest.param(
        "A TikTok user who goes by @momof3 posted a video showing the recalled product.",
        [_r("tiktok", "@momof3")],
        id="user-who-goes-by-handle",
    ),
    pytest.param(
        '"We apologize for the inconvenience," Delta Air Lines said in a reply to a customer on X.',
        [_q("twitter", "Delta Air Lines")],
        id="said-in-a-reply-on-x",
    ),
    pytest.param(
        'The former first lady wrote on Instagram that she was "so proud" of her daughter.',
        [_q("instagram", "the former first lady")],
        id="the-former-first-lady-without-a-name",
    ),
    pytest.param(
        "The Chinese embassy in Washington said on Weibo that the claims were groundless.",
        [_r("weibo", "the Chinese embassy")],
        id="the-embassy-in-a-city-said-on-weibo",
    ),
    pytest.param(
        "In a series of posts on Truth Social, Trump attacked the prosecutor.",
        [_r("truthsocial", "Trump")],
        id="in-a-series-of-posts-on-truth-social",
    ),
    pytest.param(
        "Kyiv's mayor, Vitali Klitschko, said on Telegram that two people were killed.",
        [_r("telegram", "Vitali Klitschko")],
        id="appositive-name-said-on-telegram",
    ),
    pytest.param(
        '"It\'s official," tweeted the Boston Celtics on Sunday.',
        [_q("twitter", "Boston Celtics", "2024-03-10")],
        id="tweeted-the-team-after-the-quote",
    ),
    pytest.param(
        "Manchester United confirmed the signing on their official Instagram account.",
        [_r("instagram", "Manchester United")],
        id="confirmed-on-their-official-instagram-account",
    ),
    pytest.param(
        "The Prime Minister's office posted a video on X showing the meeting.",
        [_r("twitter", "the Prime Minister's office")],
        id="the-prime-ministers-office-posted",
    ),
    pytest.param(
        "A Facebook post shared by the sheriff's office on Thursday showed the suspect's car.",
        [_r("facebook", "the sheriff's office", "2024-03-14")],
        id="passive-shared-by-the-sheriffs-office",
    ),
    pytest.param(
        "The Kremlin-backed channel posted on Telegram that the bridge had been hit.",
        [_r("telegram", "the Kremlin-backed channel")],
        id="the-kremlin-backed-channel",
    ),
    pytest.param(
        "A video posted on YouTube by the activist group shows officers detaining protesters.",
        [_r("youtube", "the activist group")],
        id="passive-posted-on-youtube-by-the-group",
    ),
    pytest.param(
        '"This is what democracy looks like," AOC wrote on Bluesky on Wednesday night.',
        [_q("bluesky", "AOC", "2024-03-13")],
        id="acronym-name-wrote-on-bluesky-weekday-night",
    ),
    pytest.param(
        "Gov. Ron DeSantis signed the bill Friday and touted it in a post on X.",
        [_r("twitter", "Ron DeSantis")],
        id="second-verb-touted-it-in-a-post-on-x",
    ),
    pytest.param(
        'In a Truth Social post late Thursday, Trump wrote that the verdict was "rigged."',
        [_q("truthsocial", "Trump", "2024-03-14")],
        id="in-a-truth-social-post-late-weekday",
    ),
    pytest.param(
        "In an email to staff, which was later posted on LinkedIn, CEO Ana Ruiz announced layoffs.",
        [_r("linkedin", "Ana Ruiz")],
        id="email-later-posted-on-linkedin-ceo-title",
    ),
    pytest.param(
        "Kim Park posted a cryptic message on her Instagram Story on Tuesday.",
        [_r("instagram", "Kim Park", "2024-03-12")],
        id="posted-on-her-instagram-story",
    ),
    pytest.param(
        'Rishi Sunak\'s spokesman said the post on X had been "misinterpreted."',
        [],
        id="talk-about-a-post-is-no-citation",
    ),
    pytest.param(
        "Several celebrities posted tributes on social media.", [], id="several-celebrities"
    ),
    pytest.param("The rapper deleted his Instagram account.", [], id="deleted-instagram-account"),
    pytest.param(
        "The influencer told her 3 million TikTok followers that she was quitting.",
        [],
        id="told-her-followers-count",
    ),
    pytest.param(
        "Hours before the vote, Senator Elena Ruiz tweeted a photo of the empty chamber with "
        'the words "Where is everyone?"',
        [_q("twitter", "Elena Ruiz")],
        id="tweeted-a-photo-with-the-words",
    ),
    pytest.param(
        "The official White House account on X posted a meme about the ruling.",
        [_r("twitter", "White House")],
        id="the-official-account-on-x-posted-a-meme",
    ),
    pytest.param(
        '"Nobody is above the law," Schiff wrote on X, adding that the decision "sends a '
        'clear message."',
        [_q("twitter", "Schiff")],
        id="wrote-on-x-adding-that",
    ),
    pytest.param(
        'Pelosi, in a post on X, called the attack "an assault on our democracy."',
        [_q("twitter", "Pelosi")],
        id="name-comma-in-a-post-on-x-comma-called",
    ),
    pytest.param(
        'In a LinkedIn post that went viral, recruiter Sam Hale wrote that "the job market is '
        'brutal."',
        [_q("linkedin", "Sam Hale")],
        id="in-a-linkedin-post-that-went-viral",
    ),
    pytest.param(
        'Taylor shared the post to her Instagram Story, writing, "this is everything."',
        [_q("instagram", "Taylor")],
        id="shared-to-her-instagram-story-writing",
    ),
    pytest.param(
        '"Please stop," the creator pleaded in a TikTok video.',
        [_q("tiktok", "the creator")],
        id="the-creator-pleaded-in-a-tiktok-video",
    ),
    pytest.param(
        "The team announced the signing via X.",
        [_r("twitter", "the team")],
        id="announced-via-x",
    ),
    pytest.param(
        '"Wow," Musk replied on X.',
        [_q("twitter", "Musk")],
        id="one-word-reply-on-x",
    ),
    pytest.param(
        "The message was posted on Telegram by Russian war blogger Igor Strelkov.",
        [_r("telegram", "Igor Strelkov")],
        id="passive-by-adjective-descriptor-name",
        marks=pytest.mark.xfail(
            strict=True, reason="'by Russian war blogger …' takes the adjective for the name"
        ),
    ),
    pytest.param(
        'Grimes responded in a since-deleted post: "I am so sorry."',
        [],
        id="since-deleted-post-without-a-platform",
    ),
    pytest.param(
        "Sources told CNN that the president had not seen the tweet.",
        [],
        id="sources-told-cnn-the-tweet",
    ),
    pytest.param(
        "Meanwhile, on TikTok, the hashtag #WhereIsKate has been viewed 50 million times.",
        [],
        id="hashtag-views-on-tiktok",
    ),
    pytest.param("The post on X was later deleted.", [], id="the-post-later-deleted"),
    pytest.param("X users were quick to mock the ad.", [], id="x-users-crowd"),
    pytest.param("Elon Musk's X is facing an investigation in the EU.", [], id="musks-x-company"),
    pytest.param(
        "He has posted on X more than 500 times this month.", [], id="posting-count-habit"
    ),
    pytest.param(
        "Instagram influencers are paid to promote the product.", [], id="influencers-topic"
    ),
    pytest.param(
        "The ban would affect 170 million American TikTok users.", [], id="tiktok-user-count"
    ),
    pytest.param(
        "Download our app or follow us on Instagram @dailynews.", [], id="follow-us-handle"
    ),
    pytest.param("Click here to subscribe to our YouTube channel.", [], id="subscribe-channel"),
    pytest.param(
        "The hearing focused on how YouTube recommends videos to children.",
        [],
        id="youtube-recommends",
    ),
    pytest.param("Whenever he tweeted, the stock moved.", [], id="habitual-whenever-tweeted"),
    pytest.param('"It is over," Wilson said at a news conference.', [], id="news-conference"),
    pytest.param(
        "A spokesperson for X did not respond to a request for comment.",
        [],
        id="spokesperson-for-x",
    ),
    pytest.param("Many on Reddit questioned the timing.", [], id="many-on-reddit-crowd"),
    pytest.param("He wrote the book in 2019.", [], id="wrote-a-book"),
]

# Platforms named in ordinary news sentences that cite no post.
ORDINARY = [
    pytest.param(text, [], id=ident)
    for ident, text in [
        (
            "said-it-had-removed-from-youtube",
            "The company said it had removed the videos from YouTube after complaints.",
        ),
        (
            "facebook-parent-meta-said",
            "Facebook parent Meta said the outage was caused by a configuration change.",
        ),
        (
            "active-on-x-no-comment",
            "The senator, who is active on X, did not respond to a request for comment.",
        ),
        ("share-count", "The video has been shared more than 10,000 times on Facebook."),
        (
            "posted-threats-online",
            "According to the police report, the suspect had posted threats online.",
        ),
        (
            "circulated-on-social-media",
            "The footage, which circulated widely on social media, appears to show the crash.",
        ),
        (
            "messages-left-on-instagram",
            "Representatives for the singer did not immediately respond to messages left on "
            "Instagram.",
        ),
        ("hashtag-trended", "The hashtag trended on X for much of Tuesday."),
        ("used-telegram", "Prosecutors say he used Telegram to coordinate the attack."),
        (
            "most-followed-on-instagram",
            "Taylor Swift, the most-followed woman on Instagram, released her album Friday.",
        ),
        ("banned-from-twitter", "He was banned from Twitter in 2021 after the Capitol riot."),
        (
            "correction-about-a-post",
            "An earlier version of this story misstated the date of the Facebook post.",
        ),
        ("watch-on-our-channel", "Watch the full interview on our YouTube channel."),
        (
            "not-on-social-media-interview",
            '"I\'m not on social media," Hart said in an interview.',
        ),
        (
            "users-on-reddit-crowd",
            "Users on Reddit began sharing theories about the disappearance.",
        ),
        (
            "formerly-known-as-twitter-company",
            "The platform formerly known as Twitter reported a drop in revenue.",
        ),
    ]
]

CASES = QUOTES + INDIRECT + REFERENCES + VARIANTS + X_WORDS + NEGATIVES + ORDINARY


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_novel_sentence(text: str, expected: list[Row]) -> None:
    assert _found(text) == expected


# The cue is the words that mark the post, the post noun included.
CUES = [
    pytest.param(
        '"This is a disgrace," the former president said in a Truth Social post Friday night.',
        "said in a Truth Social post",
        id="said-in-a-truth-social-post",
    ),
    pytest.param(
        'Ocasio-Cortez fired back on Twitter, calling the remarks "disgusting."',
        "fired back on Twitter",
        id="fired-back-on-twitter",
    ),
    pytest.param(
        "Hours after the ruling, Adams went live on Instagram to address his fans.",
        "went live on Instagram",
        id="went-live-on-instagram",
    ),
]


@pytest.mark.parametrize(("text", "cue"), CUES)
def test_novel_cue(text: str, cue: str) -> None:
    assert [c.cue for c in find_citations(text, DateResolver(coerce_reference(PUBLISHED)))] == [cue]
